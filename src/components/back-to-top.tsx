import { isTyping } from '@/lib/browser/is-typing'
import { prefersReducedMotion } from '@/lib/browser/reduced-motion'
import { useEffect, useState } from 'react'
import { useMessages } from '@/lib/i18n/use-messages'
import styles from './back-to-top.module.css'

interface BackToTopProps {
  /** The element that receives keyboard focus at the top of the page. */
  focusTargetId: string
}

type Visibility = 'hidden' | 'shown' | 'tucked'

/**
 * "Retour en haut de la page": hidden on the first screen; shown once the reader has scrolled about
 * one screen. On narrow screens, where it would sit over the text, it tucks itself away while the reader
 * scrolls down (reading) or types in a field (the keyboard is up), and comes back when they scroll up
 * or reach it with the keyboard.
 */
export function BackToTop({ focusTargetId }: BackToTopProps) {
  const messages = useMessages()
  const [visibility, setVisibility] = useState<Visibility>('hidden')

  useEffect(() => {
    let lastY = window.scrollY
    let frame = 0
    const update = () => {
      frame = 0
      const y = window.scrollY
      const isPastFirstScreen = y > window.innerHeight * 0.9
      const isScrollingDown = y > lastY + 2
      const isScrollingUp = y < lastY - 2
      lastY = y
      setVisibility((current) => {
        if (!isPastFirstScreen) return 'hidden'
        if (isTyping()) return 'tucked'
        if (isScrollingDown) return 'tucked'
        if (isScrollingUp || current === 'hidden') return 'shown'
        return current
      })
    }
    const schedule = () => {
      frame ||= requestAnimationFrame(update)
    }
    window.addEventListener('scroll', schedule, { passive: true })
    document.addEventListener('focusin', schedule)
    document.addEventListener('focusout', schedule)
    update()
    return () => {
      window.removeEventListener('scroll', schedule)
      document.removeEventListener('focusin', schedule)
      document.removeEventListener('focusout', schedule)
      cancelAnimationFrame(frame)
    }
  }, [])

  const goToTop = () => {
    window.scrollTo({ top: 0, behavior: prefersReducedMotion() ? 'instant' : 'smooth' })
    // Focus moves with the view, so the next Tab continues from the top, not from the button.
    document.getElementById(focusTargetId)?.focus({ preventScroll: true })
  }

  return (
    <button
      type="button"
      className={styles.button}
      data-visibility={visibility}
      hidden={visibility === 'hidden'}
      onClick={goToTop}
    >
      <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 5l-7 7 1.4 1.4L11 8.8V20h2V8.8l4.6 4.6L19 12z" fill="currentColor" />
      </svg>
      <span className={styles.label}>{messages.app.backToTop}</span>
    </button>
  )
}
