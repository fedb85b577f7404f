import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState, type RefObject } from 'react'
import { useAnnounce } from '@/components/live-announcer'
import { describeError } from '@/lib/i18n/describe-error'
import { useMessages } from '@/lib/i18n/use-messages'
import { useNow } from '@/lib/react/use-now'
import {
  commentMutationKeys,
  isCommentsClosedError,
  useCreateComment,
  useLatestPost,
  type CreateCommentVariables,
} from '../api/create-comment'
import { trimmed, type FieldErrors } from '../lib/comment-rules'
import { idempotencyKeyFor, markSubmitted, readDraft, rememberName } from '../lib/drafts'

/** When a 429 comes without Retry-After. */
const DEFAULT_RETRY_AFTER_SECONDS = 30
const REPEAT_GRACE_MS = 2000

interface SendCommentOptions {
  slug: string
  parentId: string | null
  /** Where focus goes when the server refuses a field. */
  nameRef: RefObject<HTMLInputElement | null>
  bodyRef: RefObject<HTMLTextAreaElement | null>
  onPosted: ((commentId: string) => void) | undefined
}

/**
 * A comment form's posts, seen from the form: whether the latest one travels, waits for the network
 * or was refused (why, which fields, how long a 429 asks to wait), and what happens once it is in.
 * Posts outlive the form (they are mutations in the cache): only those sent while it is on screen
 * move focus or are announced.
 */
export function useSendComment({ slug, parentId, nameRef, bodyRef, onPosted }: SendCommentOptions) {
  const allMessages = useMessages()
  const messages = allMessages.comments
  const form = messages.form
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const [mountedAt] = useState(() => Date.now())
  const latest = useLatestPost(slug, parentId)
  const { mutate } = useCreateComment(slug)

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

  // Server-side field errors: focus the first field to fix, as for the form's own checks.
  const failedAt = failure ? latest?.submittedAt : undefined
  useEffect(() => {
    if (failedAt === undefined || failedAt < mountedAt) return
    if (serverErrors.authorName) nameRef.current?.focus()
    else if (serverErrors.body) bodyRef.current?.focus()
  }, [failedAt, mountedAt, serverErrors.authorName, serverErrors.body, nameRef, bodyRef])

  const postedId = latest?.status === 'success' ? latest.data?.id : undefined
  const postedAt = latest?.submittedAt ?? 0
  const isHeld = latest?.data?.status === 'pending'
  // Once per post sent from this form while it is on screen. A held one says it awaits the editors.
  const handledPost = useRef<string | null>(null)
  useEffect(() => {
    if (!postedId || postedAt < mountedAt || handledPost.current === postedId) return
    handledPost.current = postedId
    const said = isHeld ? messages.held : messages
    announce(parentId ? said.replyPosted : said.posted)
    onPosted?.(postedId)
  }, [postedId, postedAt, mountedAt, isHeld, announce, parentId, messages, onPosted])

  /** Whether a submission must not go out now, whatever the text. */
  const isHeldBack = (body: string) => {
    // Read the cache, not the render: a held Ctrl+Enter can submit again before React re-renders.
    const isInFlight =
      queryClient.isMutating({
        mutationKey: commentMutationKeys.create(slug),
        predicate: (mutation) =>
          (mutation.state.variables as CreateCommentVariables | undefined)?.parentId === parentId,
      }) > 0
    if (isInFlight || secondsToWait > 0) return true
    // A key still held after the post went through would otherwise "submit" the now empty box.
    const justPosted = latest?.status === 'success' && millisecondsSince(latest.submittedAt) < REPEAT_GRACE_MS
    return justPosted && trimmed(body) === ''
  }

  /** One submission: one idempotency key, kept with the draft so that its retries reuse it. */
  const send = (authorName: string, body: string) => {
    const idempotencyKey = idempotencyKeyFor(readDraft(slug, parentId), body)
    markSubmitted(slug, parentId, { idempotencyKey, body })
    rememberName(trimmed(authorName))
    mutate({ slug, parentId, authorName: trimmed(authorName), body: trimmed(body), idempotencyKey })
  }

  const failureText = failure
    ? failure.status === 429
      ? form.rateLimited(secondsToWait)
      : failure.status === 404
        ? form.parentGone
        : isCommentsClosedError(failure)
          ? form.closed
          : failure.code === 'validation'
            ? allMessages.errors.badRequest
            : describeError(failure, allMessages)
    : null

  return {
    isSending,
    isWaitingForNetwork,
    secondsToWait,
    serverErrors,
    failureText,
    /** The same post may simply be sent again (not too soon, nor with a field to fix). */
    isRetryable:
      failure !== null &&
      failure.status !== 429 &&
      failure.code !== 'validation' &&
      !isCommentsClosedError(failure),
    isHeldBack,
    send,
  }
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
