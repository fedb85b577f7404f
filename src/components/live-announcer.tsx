import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react'

const AnnounceContext = createContext<(message: string) => void>(() => {})

/**
 * One polite live region for the whole app: "Commentaire publié", "Lien copié"… Screen readers read
 * each message once, without moving focus.
 */
export function LiveAnnouncer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('')
  const frame = useRef(0)
  const announce = useCallback((next: string) => {
    // Empty first, so the same message twice in a row is still read.
    setMessage('')
    cancelAnimationFrame(frame.current)
    frame.current = requestAnimationFrame(() => setMessage(next))
  }, [])
  return (
    <AnnounceContext value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {message}
      </div>
    </AnnounceContext>
  )
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext)
}
