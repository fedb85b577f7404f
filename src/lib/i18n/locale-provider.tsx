import { createContext, useCallback, useContext, useState, type ReactNode } from 'react'
import type { Locale } from './format'
import { frCA, type Messages } from './fr-ca'
import { applyDocumentLocale, loadMessages, saveLocale } from './locale'
import { MessagesContext } from './use-messages'

type ChangeLocale = (locale: Locale) => Promise<void>

const ChangeLocaleContext = createContext<ChangeLocale>(() => Promise.resolve())

interface LocaleProviderProps {
  /** The catalogue of the saved language, loaded before the first render (no flash of French). */
  initialMessages?: Messages
  children: ReactNode
}

/** Provides the interface's words, and a way to switch language that the whole app follows at once. */
export function LocaleProvider({ initialMessages = frCA, children }: LocaleProviderProps) {
  const [messages, setMessages] = useState(initialMessages)
  const changeLocale = useCallback<ChangeLocale>(async (locale) => {
    const next = await loadMessages(locale)
    saveLocale(locale)
    applyDocumentLocale(locale)
    setMessages(next)
  }, [])
  return (
    <ChangeLocaleContext value={changeLocale}>
      <MessagesContext value={messages}>{children}</MessagesContext>
    </ChangeLocaleContext>
  )
}

/** Switches the interface's language; rejects when the catalogue cannot be fetched (offline). */
export function useChangeLocale(): ChangeLocale {
  return useContext(ChangeLocaleContext)
}
