import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react'
import { BusyButton } from '@/components/busy-button'
import { isApiError } from '@/lib/api-error'
import { REPORT_NOTE_MAX_LENGTH, type ReportReason } from '@/lib/api-schemas'
import { describeError } from '@/lib/i18n/describe-error'
import { useMessages } from '@/lib/i18n/use-messages'
import { useReportComment } from '../api/report-comment'
import { contractLength } from '../lib/comment-rules'
import { ReportFields } from './report-fields'
import styles from './report-dialog.module.css'

interface ReportDialogProps {
  commentId: string
  isOpen: boolean
  /** Also on Escape. The caller puts focus back on its button. */
  onClose: () => void
}

/**
 * "Signaler ce commentaire": a native modal dialog (focus trapped, the page behind inert, Escape
 * closes), a reason and, for "Autre", details. It stays mounted once opened, so whatever the reader
 * chose or typed is still there if they close it and come back, or if sending fails. Once the report
 * is accepted it thanks them, with focus on "Fermer".
 */
export function ReportDialog({ commentId, isOpen, onClose }: ReportDialogProps) {
  const messages = useMessages()
  const words = messages.comments.report
  const titleId = useId()
  const thanksId = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const firstReasonRef = useRef<HTMLInputElement>(null)
  const noteRef = useRef<HTMLTextAreaElement>(null)
  const closeRef = useRef<HTMLButtonElement>(null)
  const [reason, setReason] = useState<ReportReason | null>(null)
  const [note, setNote] = useState('')
  const [wasSubmitted, setWasSubmitted] = useState(false)
  const report = useReportComment(commentId)
  const isDone = report.isSuccess

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (isOpen && !dialog.open) {
      dialog.showModal()
      const checked = dialog.querySelector<HTMLInputElement>('input[type="radio"]:checked')
      ;(checked ?? firstReasonRef.current)?.focus()
    }
    if (!isOpen && dialog.open) dialog.close()
  }, [isOpen])

  useEffect(() => {
    if (isDone) closeRef.current?.focus()
  }, [isDone])

  const noteLength = contractLength(note)
  // Said once the reader has tried to send, and from then on as they fix it.
  const reasonError = wasSubmitted && reason === null ? words.reasonRequired : null
  const noteError = !wasSubmitted
    ? null
    : noteLength > REPORT_NOTE_MAX_LENGTH
      ? words.noteTooLong(REPORT_NOTE_MAX_LENGTH, noteLength)
      : reason === 'other' && noteLength === 0
        ? words.noteRequired
        : null
  const sendError = report.error
    ? isApiError(report.error) && report.error.status === 429
      ? words.rateLimited(report.error.retryAfterSeconds)
      : `${words.failed} ${describeError(report.error, messages)}`
    : null

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (report.isPending) return
    setWasSubmitted(true)
    const isNoteValid = noteLength <= REPORT_NOTE_MAX_LENGTH && (reason !== 'other' || noteLength > 0)
    if (reason === null) firstReasonRef.current?.focus()
    else if (!isNoteValid) noteRef.current?.focus()
    else report.mutate({ reason, note })
  }

  return (
    <dialog
      ref={dialogRef}
      className={styles.dialog}
      aria-labelledby={titleId}
      aria-describedby={isDone ? thanksId : undefined}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id={titleId} className={styles.title}>
        {words.title}
      </h2>
      {isDone ? (
        <>
          <p id={thanksId} className={styles.thanks} role="status">
            {words.thanks}
          </p>
          <button ref={closeRef} type="button" className="button" onClick={onClose}>
            {words.close}
          </button>
        </>
      ) : (
        <form noValidate onSubmit={submit}>
          <p className={styles.intro}>{words.intro}</p>
          <ReportFields
            reason={reason}
            note={note}
            noteLength={noteLength}
            onReason={setReason}
            onNote={setNote}
            reasonError={reasonError}
            noteError={noteError}
            firstReasonRef={firstReasonRef}
            noteRef={noteRef}
          />
          {sendError && (
            <p className={styles.sendError} role="alert">
              {sendError}
            </p>
          )}
          <div className={styles.actions}>
            <BusyButton type="submit" className="button" isBusy={report.isPending}>
              {words.submit}
            </BusyButton>
            <button type="button" className="button button-secondary" onClick={onClose}>
              {words.cancel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  )
}
