import { useId, useRef, useState, type RefObject } from 'react'
import { useAnnounce } from '@/components/live-announcer'
import { copyText } from '@/lib/browser/clipboard'
import { useMessages } from '@/lib/i18n/use-messages'
import styles from './kept-text.module.css'

interface KeptTextProps {
  /** What the field holds ("Votre texte"). */
  label: string
  text: string
  /** Read with the field: why the text is offered back. */
  describedBy?: string | undefined
  dismissLabel: string
  onDismiss: () => void
  fieldRef?: RefObject<HTMLTextAreaElement | null>
}

/**
 * A text the server did not take (a refused comment, a post to a thread that closed), offered back
 * to its author: read-only, with a button to copy it and one to let it go. Where the clipboard
 * refuses, the text is selected in its field, to copy by hand.
 */
export function KeptText({ label, text, describedBy, dismissLabel, onDismiss, fieldRef }: KeptTextProps) {
  const { kept } = useMessages().comments
  const announce = useAnnounce()
  const fieldId = useId()
  const ownFieldRef = useRef<HTMLTextAreaElement>(null)
  const field = fieldRef ?? ownFieldRef
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'by-hand'>('idle')
  const rows = Math.min(8, Math.max(2, text.split('\n').length))

  const copy = async () => {
    if (await copyText(text)) {
      setCopyState('copied')
      announce(kept.copied)
      return
    }
    setCopyState('by-hand')
    field.current?.focus()
    field.current?.select()
  }

  return (
    <div className={styles.kept}>
      <label htmlFor={fieldId} className={styles.label}>
        {label}
      </label>
      <textarea
        ref={field}
        id={fieldId}
        className={styles.text}
        readOnly
        value={text}
        rows={rows}
        aria-describedby={describedBy}
      />
      {copyState === 'by-hand' && <p className={styles.hint}>{kept.copyByHand}</p>}
      <div className={styles.actions}>
        <button type="button" className="button" onClick={() => void copy()}>
          {kept.copy}
        </button>
        <button type="button" className="button button-secondary" onClick={onDismiss}>
          {dismissLabel}
        </button>
        {copyState === 'copied' && (
          <span className={styles.copied} aria-hidden="true">
            {kept.copied}
          </span>
        )}
      </div>
    </div>
  )
}
