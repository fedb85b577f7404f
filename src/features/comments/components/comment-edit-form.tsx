import { useId, useRef, useState, useSyncExternalStore, type KeyboardEvent, type SubmitEvent } from 'react'
import { BusyButton } from '@/components/busy-button'
import { useAnnounce } from '@/components/live-announcer'
import type { Comment } from '@/lib/api-schemas'
import { useMessages } from '@/lib/i18n/use-messages'
import { useEditComment } from '../api/own-comment-mutations'
import { bodyProblem, trimmed } from '../lib/comment-rules'
import { describeOwnCommentError } from '../lib/describe-own-comment-error'
import { clearEditDraft, readEditDraft, saveEditDraft, subscribeToDrafts } from '../lib/drafts'
import { CommentBodyField, CommentFormFailure } from './comment-body-field'
import styles from './comment-form.module.css'

interface CommentEditFormProps {
  slug: string
  comment: Comment
  onDone: () => void
  onCancel: () => void
}

/**
 * Editing one's own comment in place, with the same rules and the same care as posting: the text is
 * saved on the device as it is typed, and stays in the box if the server refuses it.
 */
export function CommentEditForm({ slug, comment, onDone, onCancel }: CommentEditFormProps) {
  const messages = useMessages()
  const { own, form } = messages.comments
  const announce = useAnnounce()
  const headingId = useId()
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const [fieldError, setFieldError] = useState<string | null>(null)
  const { mutate, isPending, error } = useEditComment(slug)
  const body = useSyncExternalStore(
    subscribeToDrafts,
    () => readEditDraft(comment.id) ?? comment.body,
    () => comment.body,
  )

  const serverFieldError = error?.code === 'validation' ? (error.fields.body ?? null) : null
  const shownError = fieldError ?? serverFieldError

  const save = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (isPending) return
    const found = bodyProblem(body, form)
    setFieldError(found)
    if (found) {
      bodyRef.current?.focus()
      return
    }
    mutate(
      { id: comment.id, body: trimmed(body) },
      {
        onSuccess: () => {
          clearEditDraft(comment.id)
          announce(own.saved)
          onDone()
        },
      },
    )
  }

  const cancel = () => {
    clearEditDraft(comment.id)
    onCancel()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      event.currentTarget.form?.requestSubmit()
    }
    if (event.key === 'Escape') cancel()
  }

  const failure = error && error.code !== 'validation' ? describeOwnCommentError(error, messages) : null

  return (
    <form className={styles.form} data-reply="true" aria-labelledby={headingId} onSubmit={save} noValidate>
      <p id={headingId} className={styles.replyHeading}>
        {own.editHeading}
      </p>
      {failure && <CommentFormFailure title={own.editFailed} reason={failure} kept={own.textKept} />}
      <CommentBodyField
        label={own.editBody}
        error={shownError}
        value={body}
        onChange={(value) => {
          saveEditDraft(comment.id, value)
          if (fieldError) setFieldError(null)
        }}
        onKeyDown={onKeyDown}
        rows={4}
        textareaRef={bodyRef}
        // The reader asked to edit: their focus belongs in the text.
        autoFocus
      />
      <div className={styles.actions}>
        {/* Refused for good (time is up, comment gone): the text stays to copy, saving goes. */}
        {error?.status !== 403 && error?.status !== 404 && (
          <BusyButton type="submit" className="button" isBusy={isPending}>
            {isPending ? own.saving : own.save}
          </BusyButton>
        )}
        <button type="button" className="button button-secondary" onClick={cancel}>
          {own.cancel}
        </button>
      </div>
    </form>
  )
}
