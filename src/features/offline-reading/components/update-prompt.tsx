import { useId, useRef, type FocusEvent, type KeyboardEvent } from 'react'
import { BusyButton } from '@/components/busy-button'
import { useMessages } from '@/lib/i18n/use-messages'
import styles from './update-prompt.module.css'

export interface UpdatePromptProps {
  /** The switch has started: the page reloads in a moment. */
  isUpdating?: boolean
  onUpdate: () => void
  onDismiss: () => void
}

/**
 * "Nouvelle version disponible": a band that stays at the top of the window, never a dialog. It
 * takes no focus; Escape or "Plus tard" closes it and puts focus back where it came from.
 */
export function UpdatePrompt({ isUpdating = false, onUpdate, onDismiss }: UpdatePromptProps) {
  const { offlineReading } = useMessages()
  const titleId = useId()
  const cameFrom = useRef<HTMLElement | null>(null)

  const rememberWhereFocusCameFrom = (event: FocusEvent<HTMLElement>) => {
    const previous = event.relatedTarget
    if (previous instanceof HTMLElement && !event.currentTarget.contains(previous)) {
      cameFrom.current = previous
    }
  }
  const dismiss = () => {
    const target = cameFrom.current
    onDismiss()
    // Otherwise focus would fall to <body> with the band gone.
    if (target?.isConnected) target.focus()
    else document.querySelector<HTMLElement>('main')?.focus()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      dismiss()
    }
  }

  return (
    <section
      className={styles.prompt}
      aria-labelledby={titleId}
      onFocus={rememberWhereFocusCameFrom}
      onKeyDown={onKeyDown}
    >
      <div className={styles.inner}>
        <p className={styles.text}>
          <strong id={titleId} className={styles.title}>
            {offlineReading.updateTitle}
          </strong>{' '}
          <span className={styles.hint}>{offlineReading.updateHint}</span>
        </p>
        <div className={styles.actions}>
          <BusyButton className="button" isBusy={isUpdating} onClick={() => onUpdate()}>
            {isUpdating ? offlineReading.updating : offlineReading.update}
          </BusyButton>
          <button type="button" className="button button-secondary" onClick={dismiss}>
            {offlineReading.dismiss}
          </button>
        </div>
      </div>
    </section>
  )
}
