import { useEffect, useId, useRef, useState } from 'react'
import { useMessages } from '@/lib/i18n/use-messages'
import {
  readPreferences,
  savePreferences,
  TEXT_SCALES,
  type Preferences,
  type Theme,
} from '../lib/preferences'
import styles from './reading-preferences.module.css'

const THEMES: Theme[] = ['auto', 'light', 'dark']

/** "Affichage": theme and text size, applied at once and kept on the device. */
export function ReadingPreferences() {
  const { preferences: words } = useMessages()
  const [isOpen, setIsOpen] = useState(false)
  const [preferences, setPreferences] = useState<Preferences>(readPreferences)
  const panelId = useId()
  const toggleRef = useRef<HTMLButtonElement>(null)
  const rootRef = useRef<HTMLDivElement>(null)

  const change = (next: Partial<Preferences>) => {
    const updated = { ...preferences, ...next }
    setPreferences(updated)
    savePreferences(updated)
  }

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
        className="button-pill"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setIsOpen((open) => !open)}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M4 18h4.4l1-3h5.2l1 3H20L14 4h-4L4 18zm6.4-6L12 7.3l1.6 4.7h-3.2z" />
        </svg>
        {words.toggle}
      </button>
      <div id={panelId} className={styles.panel} hidden={!isOpen}>
        <fieldset className={styles.group}>
          <legend>{words.theme}</legend>
          {THEMES.map((theme) => (
            <label key={theme} className={styles.choice}>
              <input
                type="radio"
                name="chronique-theme"
                checked={preferences.theme === theme}
                onChange={() => change({ theme })}
              />
              {words.themes[theme]}
            </label>
          ))}
        </fieldset>
        <fieldset className={styles.group}>
          <legend>{words.textSize}</legend>
          {TEXT_SCALES.map((textScale) => (
            <label key={textScale} className={styles.choice}>
              <input
                type="radio"
                name="chronique-text-size"
                checked={preferences.textScale === textScale}
                onChange={() => change({ textScale })}
              />
              {words.textSizes(textScale)}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  )
}
