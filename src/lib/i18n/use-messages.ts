import { createContext, useContext } from 'react'
import { frCA, type Messages } from './fr-ca'

export const MessagesContext = createContext<Messages>(frCA)

/** The interface's words in the reader's language (fr-CA first). */
export function useMessages(): Messages {
  return useContext(MessagesContext)
}
