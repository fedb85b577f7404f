import { useMessages } from '@/lib/i18n/use-messages'

/** The last line of defence: a bug outside every region's own boundary. Never a white screen. */
export function AppCrash() {
  const messages = useMessages()
  return (
    <main className="app-crash">
      <h1>{messages.errors.title}</h1>
      <p>{messages.errors.unexpected}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {messages.errors.reload}
      </button>
    </main>
  )
}
