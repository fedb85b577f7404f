import { useId, type RefObject } from 'react'
import { REPORT_NOTE_MAX_LENGTH, reportReasons, type ReportReason } from '@/lib/api-schemas'
import { useMessages } from '@/lib/i18n/use-messages'
import styles from './report-dialog.module.css'

interface ReportFieldsProps {
  reason: ReportReason | null
  note: string
  /** The note's length as the server counts it: code points, after trimming. */
  noteLength: number
  onReason: (reason: ReportReason) => void
  onNote: (note: string) => void
  reasonError: string | null
  noteError: string | null
  firstReasonRef: RefObject<HTMLInputElement | null>
  noteRef: RefObject<HTMLTextAreaElement | null>
}

/**
 * The report's reason (four radio buttons) and its details, each with its error under its label.
 * The details field has no `maxLength`: a pasted text too long is said so, never cut.
 */
export function ReportFields({
  reason,
  note,
  noteLength,
  onReason,
  onNote,
  reasonError,
  noteError,
  firstReasonRef,
  noteRef,
}: ReportFieldsProps) {
  const { comments: words } = useMessages()
  const { report } = words
  const id = useId()
  const ids = { reasonError: `${id}-reason-error`, note: `${id}-note`, hint: `${id}-hint` }
  const noteIds = { error: `${id}-note-error`, counter: `${id}-counter` }
  return (
    <>
      <fieldset
        className={styles.reasons}
        aria-describedby={reasonError ? ids.reasonError : undefined}
        aria-invalid={reasonError ? true : undefined}
      >
        <legend className={styles.label}>{report.reason}</legend>
        {reasonError && (
          <p id={ids.reasonError} className={styles.error}>
            {reasonError}
          </p>
        )}
        {reportReasons.map((value, index) => (
          <label key={value} className={styles.reason}>
            <input
              ref={index === 0 ? firstReasonRef : undefined}
              type="radio"
              name={`${id}-reason`}
              value={value}
              checked={reason === value}
              onChange={() => onReason(value)}
            />
            {report.reasons[value]}
          </label>
        ))}
      </fieldset>
      <div className={styles.field}>
        <label htmlFor={ids.note} className={styles.label}>
          {report.note}
        </label>
        <p id={ids.hint} className={styles.hint}>
          {report.noteHint}
        </p>
        {noteError && (
          <p id={noteIds.error} className={styles.error}>
            {noteError}
          </p>
        )}
        <textarea
          ref={noteRef}
          id={ids.note}
          className={styles.note}
          value={note}
          rows={3}
          aria-required={reason === 'other'}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={[ids.hint, noteError && noteIds.error, noteIds.counter].filter(Boolean).join(' ')}
          onChange={(event) => onNote(event.target.value)}
        />
        <p
          id={noteIds.counter}
          className={styles.counter}
          data-over={noteLength > REPORT_NOTE_MAX_LENGTH ? 'true' : undefined}
        >
          {words.form.counter(noteLength, REPORT_NOTE_MAX_LENGTH)}
        </p>
      </div>
    </>
  )
}
