import { useState } from 'react'
import { useMessages } from '@/lib/i18n/use-messages'
import {
  canShowDarkTheme,
  readPreferences,
  savePreferences,
  TEXT_SCALES,
  type Preferences,
  type Theme,
} from '../lib/preferences'
import styles from './reading-preferences.module.css'

/** The theme and text size choices, applied at once and kept on the device. */
export function PreferenceChoices() {
  const { preferences: words } = useMessages()
  const [preferences, setPreferences] = useState<Preferences>(readPreferences)
  const [themes] = useState<Theme[]>(() =>
    canShowDarkTheme() ? ['auto', 'light', 'dark'] : ['auto', 'light'],
  )
  // A dark theme saved on another device shows as what this browser shows: the light one.
  const shownTheme = themes.includes(preferences.theme) ? preferences.theme : 'light'

  const change = (next: Partial<Preferences>) => {
    const updated = { ...preferences, ...next }
    setPreferences(updated)
    savePreferences(updated)
  }

  return (
    <>
      <fieldset className={styles.group}>
        <legend>{words.theme}</legend>
        {themes.map((theme) => (
          <label key={theme} className={styles.choice}>
            <input
              type="radio"
              name="chronique-theme"
              checked={shownTheme === theme}
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
