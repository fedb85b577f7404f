import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { LoadingStatus } from '@/components/skeleton'
import { useMessages } from '@/lib/i18n/use-messages'
import styles from './reading-preferences.module.css'

// The choices are their own chunk, started as soon as the reader points at or focuses the button:
// the first load carries only the button.
const loadPreferenceChoices = () => import('./preference-choices')
const PreferenceChoices = lazy(() =>
  loadPreferenceChoices().then((module) => ({ default: module.PreferenceChoices })),
)

/** "Affichage": theme and text size, applied at once and kept on the device. */
export function ReadingPreferences() {
  const messages = useMessages()
  const words = messages.preferences
  const [isOpen, setIsOpen] = useState(false)
  const [hasOpened, setHasOpened] = useState(false)
  const panelId = useId()
  const toggleRef = useRef<HTMLButtonElement>(null)
  const rootRef = useRef<HTMLDivElement>(null)

  // Closes on Escape (focus back on the button) and when focus or a click leaves it.
  useEffect(() => {
    if (!isOpen) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setIsOpen(false)
        toggleRef.current?.focus()
      }
    }
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setIsOpen(false)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onPointer)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onPointer)
    }
  }, [isOpen])

  return (
    <div className={styles.root} ref={rootRef}>
      <button
        ref={toggleRef}
        type="button"
        className={`button-pill ${styles.toggle}`}
        aria-expanded={isOpen}
        aria-controls={panelId}
        onPointerEnter={() => void loadPreferenceChoices().catch(() => {})}
        onFocus={() => void loadPreferenceChoices().catch(() => {})}
        onClick={() => {
          setIsOpen((open) => !open)
          setHasOpened(true)
        }}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 2.5a9.5 9.5 0 1 0 0 19 9.5 9.5 0 0 0 0-19zm0 2v15a7.5 7.5 0 0 1 0-15z"
          />
        </svg>
        <span className={styles.toggleLabel}>{words.toggle}</span>
      </button>
      <div id={panelId} className={styles.panel} hidden={!isOpen}>
        {hasOpened && (
          // Offline after a new deployment, the choices' code may not load: say so, never crash the page.
          <ErrorBoundary fallback={<p role="alert">{messages.errors.pageCode}</p>}>
            <Suspense fallback={<LoadingStatus />}>
              <PreferenceChoices />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
    </div>
  )
}
