import { useEffect, useRef, useState } from 'react'
import { useAnnounce } from '@/components/live-announcer'
import { useChangeLocale } from '@/lib/i18n/locale-provider'
import { useMessages } from '@/lib/i18n/use-messages'
import styles from './reading-preferences.module.css'

/**
 * One button naming the other language in itself ("English" on the French interface, `lang="en"`), so
 * a reader who cannot read the current one still finds it. The article text keeps its own language.
 */
export function LanguageSwitch() {
  const { language, locale } = useMessages()
  const changeLocale = useChangeLocale()
  const announce = useAnnounce()
  const [failed, setFailed] = useState(false)
  const target = language.switchTo

  // Said once, in the new language, after the switch (not on the first render).
  const shownLocale = useRef(locale)
  useEffect(() => {
    if (shownLocale.current === locale) return
    shownLocale.current = locale
    announce(language.changed)
  }, [locale, language.changed, announce])

  const switchLanguage = async () => {
    try {
      await changeLocale(target.locale)
      setFailed(false)
    } catch {
      setFailed(true)
    }
  }

  return (
    <>
      <button
        type="button"
        className={`button-pill ${styles.language}`}
        lang={target.lang}
        title={target.hint}
        onClick={() => void switchLanguage()}
      >
        {/* On the narrowest screens the button shows the language's code; its name stays its name. */}
        <span className={styles.languageCode} aria-hidden="true">
          {target.code}
        </span>
        <span className={styles.languageName}>{target.label}</span>
      </button>
      {failed && (
        <p className={styles.switchError} role="alert">
          {language.loadFailed}
        </p>
      )}
    </>
  )
}
