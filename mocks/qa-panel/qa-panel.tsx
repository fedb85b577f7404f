/**
 * The QA panel (development build only): put the mocked API into any scenario, add per-endpoint
 * rules, reset the data, freeze the clock, and copy what a bug report needs.
 */
import { useEffect, useId, useRef, useState } from 'react'
import { isTyping } from '../../src/lib/browser/is-typing.ts'
import { readSessionSettings } from '../scenarios/session.ts'
import { QaDialog } from './qa-dialog.tsx'
import styles from './qa-panel.module.css'
import { QA_TEXT } from './qa-text.ts'

interface QaPanelProps {
  serverMode: string
  /** How settings take effect: a reload (replaced in tests). */
  reload?: () => void
}

export function QaPanel({ serverMode, reload = () => window.location.reload() }: QaPanelProps) {
  const [isOpen, setIsOpen] = useState(false)
  const [isTucked, setIsTucked] = useState(false)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  const active = readSessionSettings().scenarios.join(', ') || 'default'

  // Below the reading column's margins it would cover text: it steps aside while the reader scrolls down
  // or types in a field (a comment box can sit right under it on a phone).
  useEffect(() => {
    let lastY = window.scrollY
    let isScrollingDown = false
    const update = () => setIsTucked(isTyping() || isScrollingDown)
    const onScroll = () => {
      const y = window.scrollY
      if (Math.abs(y - lastY) > 4) {
        isScrollingDown = y > lastY && y > 80
        update()
      }
      lastY = y
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    document.addEventListener('focusin', update)
    document.addEventListener('focusout', update)
    return () => {
      window.removeEventListener('scroll', onScroll)
      document.removeEventListener('focusin', update)
      document.removeEventListener('focusout', update)
    }
  }, [])

  const close = () => {
    setIsOpen(false)
    toggleRef.current?.focus()
  }

  return (
    <div className={styles.root}>
      <button
        ref={toggleRef}
        type="button"
        className={styles.toggle}
        data-tucked={isTucked && !isOpen ? 'true' : undefined}
        aria-expanded={isOpen}
        aria-controls={panelId}
        aria-label={QA_TEXT.toggleLabel(active)}
        onClick={() => setIsOpen((open) => !open)}
      >
        {QA_TEXT.toggle}
        {active !== 'default' && <span className={styles.dot} aria-hidden="true" />}
      </button>
      {isOpen && <QaDialog id={panelId} serverMode={serverMode} reload={reload} onClose={close} />}
    </div>
  )
}
