import { useId, useRef, useState, useSyncExternalStore, type KeyboardEvent, type SubmitEvent } from 'react'
import { BusyButton } from '@/components/busy-button'
import { useAnnounce } from '@/components/live-announcer'
import { useMessages } from '@/lib/i18n/use-messages'
import { useIsOnline } from '@/lib/react/use-is-online'
import { contractLength, MAX_BODY_LENGTH, postProblems, type FieldErrors } from '../lib/comment-rules'
import { readDraft, readRememberedName, rememberName, saveDraftBody, subscribeToDrafts } from '../lib/drafts'
import { CommentBodyField, CommentFormFailure } from './comment-body-field'
import { CommentNameField } from './comment-name-field'
import { useSendComment } from './use-send-comment'
import styles from './comment-form.module.css'

const ANNOUNCE_AT_LEFT = [500, 100, 0]

interface CommentFormProps {
  slug: string
  /** `null` for a comment on the article; the id of the comment answered for a reply. */
  parentId: string | null
  /** For a reply: the name of the comment's author ("Répondre à …"). */
  replyToName?: string
  onCancel?: () => void
  onPosted?: (commentId: string) => void
}

/**
 * Writing a comment or a reply. What is typed is saved on the device at each keystroke; a post goes
 * out once (one idempotency key per submission, reused by its retries), shows in the thread while it
 * travels, and on failure comes back into the box with the reason and a way to retry.
 */
export function CommentForm({ slug, parentId, replyToName, onCancel, onPosted }: CommentFormProps) {
  const isOnline = useIsOnline()
  const messages = useMessages().comments
  const form = messages.form
  const announce = useAnnounce()
  const headingId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const nameRef = useRef<HTMLInputElement>(null)
  const bodyRef = useRef<HTMLTextAreaElement>(null)

  const [name, setName] = useState(readRememberedName)
  const [clientErrors, setClientErrors] = useState<FieldErrors>({})
  const post = useSendComment({ slug, parentId, nameRef, bodyRef, onPosted })
  const isReply = Boolean(replyToName)

  const body = useSyncExternalStore(
    subscribeToDrafts,
    () => readDraft(slug, parentId).body,
    () => '',
  )

  const errors: FieldErrors = { ...post.serverErrors, ...clientErrors }

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (post.isHeldBack(body)) return
    const found = postProblems(name, body, form, isReply)
    setClientErrors(found)
    if (found.authorName) {
      nameRef.current?.focus()
      return
    }
    if (found.body) {
      bodyRef.current?.focus()
      return
    }
    post.send(name, body)
  }

  const changeName = (next: string) => {
    setName(next)
    rememberName(next)
    if (clientErrors.authorName) setClientErrors(({ authorName: _fixed, ...rest }) => rest)
  }

  const changeBody = (next: string) => {
    const before = MAX_BODY_LENGTH - contractLength(body)
    const after = MAX_BODY_LENGTH - contractLength(next)
    const crossed = ANNOUNCE_AT_LEFT.find((mark) => before > mark && after <= mark)
    if (crossed !== undefined) announce(form.remainingAnnouncement(after))
    saveDraftBody(slug, parentId, next)
    if (clientErrors.body) setClientErrors(({ body: _fixed, ...rest }) => rest)
  }

  const onBodyKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      formRef.current?.requestSubmit()
    }
    if (event.key === 'Escape' && onCancel) onCancel()
  }

  const title = replyToName ? messages.replyTo(replyToName) : form.heading

  return (
    <form
      ref={formRef}
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={submit}
      noValidate
      data-reply={parentId ? 'true' : undefined}
    >
      {replyToName ? (
        <p id={headingId} className={styles.replyHeading}>
          {title}
        </p>
      ) : (
        <h3 id={headingId} className={styles.heading}>
          {title}
        </h3>
      )}

      {post.failureText && (
        <CommentFormFailure title={form.notPosted} reason={post.failureText} kept={form.textKept} />
      )}

      <CommentNameField value={name} error={errors.authorName} onChange={changeName} inputRef={nameRef} />

      <CommentBodyField
        label={replyToName ? form.replyBody : form.body}
        hint={form.bodyHint}
        error={errors.body ?? null}
        value={body}
        onChange={changeBody}
        onKeyDown={onBodyKeyDown}
        rows={replyToName ? 3 : 5}
        textareaRef={bodyRef}
        name="body"
        // A reply box opens because the reader asked for it: their focus belongs in it.
        autoFocus={isReply}
      />

      <div className={styles.actions}>
        <BusyButton type="submit" className="button" isBusy={post.isSending || post.secondsToWait > 0}>
          {post.isWaitingForNetwork
            ? messages.waitingForNetwork
            : post.isSending
              ? messages.sending
              : post.isRetryable
                ? form.retry
                : replyToName
                  ? form.submitReply
                  : form.submit}
        </BusyButton>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {form.cancel}
          </button>
        )}
      </div>
      {!isOnline && !post.isWaitingForNetwork && <p className={styles.hint}>{form.offlineHint}</p>}
    </form>
  )
}
