import { useQueryClient } from '@tanstack/react-query'
import {
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type SubmitEvent,
} from 'react'
import { useAnnounce } from '@/components/live-announcer'
import { describeError } from '@/lib/describe-error'
import { useMessages } from '@/lib/i18n/use-messages'
import { useIsOnline } from '@/lib/use-is-online'
import { useNow } from '@/lib/use-now'
import {
  commentMutationKeys,
  useCreateComment,
  useLatestPost,
  type CreateCommentVariables,
} from '../api/create-comment'
import {
  idempotencyKeyFor,
  markSubmitted,
  readDraft,
  readRememberedName,
  rememberName,
  saveDraftBody,
  subscribeToDrafts,
} from '../lib/drafts'
import { contractLength, MAX_BODY_LENGTH, MAX_NAME_LENGTH } from '../lib/comment-rules'
import { CommentBodyField, CommentFormFailure } from './comment-body-field'
import styles from './comment-form.module.css'

const ANNOUNCE_AT_LEFT = [500, 100, 0]
/** When a 429 comes without Retry-After. */
const DEFAULT_RETRY_AFTER_SECONDS = 30
const REPEAT_GRACE_MS = 2000

type Field = 'authorName' | 'body'
type FieldErrors = Partial<Record<Field, string>>

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
  const allMessages = useMessages()
  const messages = allMessages.comments
  const form = messages.form
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const headingId = useId()
  const nameId = useId()
  const errorId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const nameRef = useRef<HTMLInputElement>(null)
  const bodyRef = useRef<HTMLTextAreaElement>(null)

  const [name, setName] = useState(readRememberedName)
  const [clientErrors, setClientErrors] = useState<FieldErrors>({})
  const [mountedAt] = useState(() => Date.now())
  const latest = useLatestPost(slug, parentId)
  const { mutate } = useCreateComment(slug)

  const body = useSyncExternalStore(
    subscribeToDrafts,
    () => readDraft(slug, parentId).body,
    () => '',
  )

  const isSending = latest?.status === 'pending'
  const isWaitingForNetwork = isSending && latest.isPaused
  const failure = latest?.status === 'error' ? latest.error : null
  const retryAfterSeconds =
    failure?.status === 429 ? (failure.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS) : null
  const retryAt = retryAfterSeconds !== null && latest ? latest.submittedAt + retryAfterSeconds * 1000 : null
  const now = useNow(1000, retryAt !== null)
  const secondsToWait =
    retryAt === null || retryAfterSeconds === null
      ? 0
      : Math.min(retryAfterSeconds, Math.max(0, Math.ceil((retryAt - now) / 1000)))
  const serverErrors: FieldErrors = failure?.code === 'validation' ? pickFields(failure.fields) : {}
  const errors: FieldErrors = { ...serverErrors, ...clientErrors }

  // Server-side field errors: focus the first field to fix, as for the form's own checks.
  const failedAt = failure ? latest?.submittedAt : undefined
  useEffect(() => {
    if (failedAt === undefined || failedAt < mountedAt) return
    if (serverErrors.authorName) nameRef.current?.focus()
    else if (serverErrors.body) bodyRef.current?.focus()
  }, [failedAt, mountedAt, serverErrors.authorName, serverErrors.body])

  const postedId = latest?.status === 'success' ? latest.data?.id : undefined
  const postedAt = latest?.submittedAt ?? 0
  // Once per post sent from this form while it is on screen.
  const handledPost = useRef<string | null>(null)
  useEffect(() => {
    if (!postedId || postedAt < mountedAt || handledPost.current === postedId) return
    handledPost.current = postedId
    announce(parentId ? messages.replyPosted : messages.posted)
    onPosted?.(postedId)
  }, [postedId, postedAt, mountedAt, announce, parentId, messages.posted, messages.replyPosted, onPosted])

  const length = contractLength(body)

  const validate = (): FieldErrors => {
    const found: FieldErrors = {}
    const nameLength = contractLength(name)
    if (nameLength === 0) found.authorName = form.nameRequired
    else if (nameLength > MAX_NAME_LENGTH) found.authorName = form.nameTooLong(MAX_NAME_LENGTH, nameLength)
    if (length === 0) found.body = replyToName ? form.replyRequired : form.bodyRequired
    else if (length > MAX_BODY_LENGTH) found.body = form.bodyTooLong(MAX_BODY_LENGTH, length)
    return found
  }

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    // Read the cache, not the render: a held Ctrl+Enter can submit again before React re-renders.
    const isInFlight =
      queryClient.isMutating({
        mutationKey: commentMutationKeys.create(slug),
        predicate: (mutation) =>
          (mutation.state.variables as CreateCommentVariables | undefined)?.parentId === parentId,
      }) > 0
    if (isInFlight || secondsToWait > 0) return
    // A key still held after the post went through would otherwise "submit" the now empty box.
    const justPosted = latest?.status === 'success' && millisecondsSince(latest.submittedAt) < REPEAT_GRACE_MS
    if (justPosted && body.trim() === '') return
    const found = validate()
    setClientErrors(found)
    if (found.authorName) {
      nameRef.current?.focus()
      return
    }
    if (found.body) {
      bodyRef.current?.focus()
      return
    }
    const idempotencyKey = idempotencyKeyFor(readDraft(slug, parentId), body)
    markSubmitted(slug, parentId, { idempotencyKey, body })
    rememberName(name.trim())
    mutate({ slug, parentId, authorName: name.trim(), body: body.trim(), idempotencyKey })
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

  const describedBy = (field: Field, ...ids: string[]) =>
    [...ids, errors[field] ? `${errorId}-${field}` : null].filter(Boolean).join(' ') || undefined

  const title = replyToName ? messages.replyTo(replyToName) : form.heading
  const failureText = failure
    ? failure.status === 429
      ? form.rateLimited(secondsToWait)
      : failure.status === 404
        ? form.parentGone
        : failure.code === 'validation'
          ? allMessages.errors.badRequest
          : describeError(failure, allMessages)
    : null

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

      {failureText && <CommentFormFailure title={form.notPosted} reason={failureText} kept={form.textKept} />}

      <div className={styles.field}>
        <label htmlFor={nameId} className={styles.label}>
          {form.name}
        </label>
        <p id={`${nameId}-hint`} className={styles.hint}>
          {form.nameHint}
        </p>
        {errors.authorName && (
          <p id={`${errorId}-authorName`} className={styles.error}>
            {errors.authorName}
          </p>
        )}
        <input
          ref={nameRef}
          id={nameId}
          className={styles.input}
          name="authorName"
          autoComplete="name"
          value={name}
          onChange={(event) => {
            setName(event.target.value)
            rememberName(event.target.value)
            if (clientErrors.authorName) setClientErrors(({ authorName: _fixed, ...rest }) => rest)
          }}
          aria-invalid={errors.authorName ? true : undefined}
          aria-describedby={describedBy('authorName', `${nameId}-hint`)}
        />
      </div>

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
        autoFocus={Boolean(replyToName)}
      />

      <div className={styles.actions}>
        <button
          type="submit"
          className="button"
          aria-disabled={isSending || secondsToWait > 0 ? true : undefined}
        >
          {isWaitingForNetwork
            ? messages.waitingForNetwork
            : isSending
              ? messages.sending
              : failure && failure.status !== 429 && failure.code !== 'validation'
                ? form.retry
                : replyToName
                  ? form.submitReply
                  : form.submit}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {form.cancel}
          </button>
        )}
      </div>
      {!isOnline && !isWaitingForNetwork && <p className={styles.hint}>{form.offlineHint}</p>}
    </form>
  )
}

/** For event handlers (reading the clock during render would make it impure). */
function millisecondsSince(time: number): number {
  return Date.now() - time
}

function pickFields(fields: Readonly<Record<string, string>>): FieldErrors {
  return {
    ...(fields.authorName ? { authorName: fields.authorName } : {}),
    ...(fields.body ? { body: fields.body } : {}),
  }
}
