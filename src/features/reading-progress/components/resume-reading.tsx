import { useState } from 'react'
import { flushSync } from 'react-dom'
import { formatPercent } from '@/lib/i18n/format'
import { useMessages } from '@/lib/i18n/use-messages'
import { prefersReducedMotion } from '@/lib/browser/reduced-motion'
import { readReadingPosition, scrollTopFor } from '../lib/reading-positions'
import styles from './resume-reading.module.css'

interface ResumeReadingProps {
  slug: string
  bodyId: string
}

/**
 * "Reprendre la lecture (62 %)" when the reader comes back to an article they had started. It scrolls
 * to where they were and puts focus on the paragraph there, so a screen reader resumes reading too.
 */
export function ResumeReading({ slug, bodyId }: ResumeReadingProps) {
  const { reading: words, locale } = useMessages()
  // Read once, when the article opens: the position saved from now on is this visit's.
  const [saved, setSaved] = useState(() => readReadingPosition(slug))
  if (saved === null) return null

  const resume = () => {
    const body = document.getElementById(bodyId)
    // The offer leaves the page first: measured with it still above the body, the target would be
    // off by its height.
    flushSync(() => setSaved(null))
    if (!body) return
    const top = scrollTopFor(body, saved)
    const block = blockAt(body, top)
    if (block) {
      // Focusable for this visit only; the sanitised content itself is left as it is otherwise.
      block.setAttribute('tabindex', '-1')
      block.addEventListener('blur', () => block.removeAttribute('tabindex'), { once: true })
      block.focus({ preventScroll: true })
    }
    window.scrollTo({ top, behavior: prefersReducedMotion() ? 'instant' : 'smooth' })
  }

  return (
    <p className={styles.resume} data-print="hide">
      <span className={styles.hint}>{words.resumeHint}</span>{' '}
      <button type="button" className="button button-secondary" onClick={resume}>
        {words.resume(formatPercent(saved, locale))}
      </button>{' '}
      <button type="button" className={styles.dismiss} onClick={() => setSaved(null)}>
        {words.dismissResume}
      </button>
    </p>
  )
}

/** The body's first block (paragraph, heading, figure…) still on screen at that scroll position. */
function blockAt(body: HTMLElement, scrollTop: number): HTMLElement | null {
  const blocks = [...body.children].filter((child): child is HTMLElement => child instanceof HTMLElement)
  return (
    blocks.find((block) => block.getBoundingClientRect().bottom + window.scrollY > scrollTop + 1) ??
    blocks.at(-1) ??
    null
  )
}
