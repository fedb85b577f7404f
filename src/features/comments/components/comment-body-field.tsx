import { useId, type KeyboardEvent, type ReactNode, type RefObject } from 'react'
import { useMessages } from '@/lib/i18n/use-messages'
import { contractLength, COUNTER_FROM, MAX_BODY_LENGTH } from '../lib/comment-rules'
import styles from './comment-form.module.css'

interface CommentBodyFieldProps {
  label: string
  /** Shown under the label, and read with the field. */
  hint?: string | undefined
  /** What is wrong with the text, shown above it and read with it. */
  error: string | null
  value: string
  onChange: (value: string) => void
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void
  rows: number
  textareaRef: RefObject<HTMLTextAreaElement | null>
  name?: string
  /** Only when the reader has just asked for this box (reply, edit). */
  autoFocus?: boolean
}

/**
 * The comment's text, as posting, replying and editing all ask for it: label, hint, error, the box,
 * and a counter that appears as the limit nears (the limit counts what the server counts).
 */
export function CommentBodyField({
  label,
  hint,
  error,
  value,
  onChange,
  onKeyDown,
  rows,
  textareaRef,
  name,
  autoFocus = false,
}: CommentBodyFieldProps) {
  const { form } = useMessages().comments
  const fieldId = useId()
  const hintId = useId()
  const errorId = useId()
  const counterId = useId()
  const length = contractLength(value)
  const left = MAX_BODY_LENGTH - length
  const describedBy = [hint ? hintId : null, error ? errorId : null, left <= COUNTER_FROM ? counterId : null]
    .filter(Boolean)
    .join(' ')

  return (
    <div className={styles.field}>
      <label htmlFor={fieldId} className={styles.label}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
      <textarea
        ref={textareaRef}
        id={fieldId}
        className={styles.textarea}
        name={name}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        autoFocus={autoFocus}
      />
      {left <= COUNTER_FROM && (
        <p id={counterId} className={styles.counter} data-over={left < 0 ? 'true' : undefined}>
          {form.counter(length, MAX_BODY_LENGTH)}
        </p>
      )}
    </div>
  )
}

/** Why a post or an edit did not go through, and that the text is still there. */
export function CommentFormFailure({
  title,
  reason,
  kept,
}: {
  title: string
  reason: ReactNode
  kept: string
}) {
  return (
    <div className={styles.failure} role="alert">
      <p className={styles.failureTitle}>{title}</p>
      <p>{reason}</p>
      <p>{kept}</p>
    </div>
  )
}
