import { useState } from 'react'
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

/** The theme and text size choices, applied at once and kept on the device. */
export function PreferenceChoices() {
  const { preferences: words } = useMessages()
  const [preferences, setPreferences] = useState<Preferences>(readPreferences)

  const change = (next: Partial<Preferences>) => {
    const updated = { ...preferences, ...next }
    setPreferences(updated)
    savePreferences(updated)
  }

  return (
    <>
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
    </>
  )
}
