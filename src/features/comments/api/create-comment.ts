/**
 * Posting a comment. The mutation's behaviour lives in mutation defaults (not in a hook), because a
 * post can outlive the component that sent it: it may wait offline, or be resumed after a reload.
 */
import {
  notifyManager,
  onlineManager,
  useMutation,
  useMutationState,
  type QueryClient,
} from '@tanstack/react-query'
import { isApiError, type ApiError } from '@/lib/api-error'
import type { Comment, NewComment } from '@/lib/api-schemas'
import { markConfirmed, markFailed } from '../lib/drafts'
import { authoredComments } from '../lib/device-ids'
import { heldTextOf, rememberOwnComment } from '../lib/own-comments'
import { isPageBeingLeft } from '../lib/page-lifecycle'
import { createComment } from './comments-api'
import { insertComment } from './thread-cache'

export interface CreateCommentVariables {
  slug: string
  parentId: string | null
  authorName: string
  body: string
  /** One per submission, reused on every retry of it. */
  idempotencyKey: string
}

export const commentMutationKeys = {
  all: () => ['comments', 'create'] as const,
  create: (slug: string) => [...commentMutationKeys.all(), slug] as const,
}

interface CommentMutationHooks {
  /** What else must know about a new comment (the article's count in lists, say). */
  onCommentCreated?: (slug: string) => void
  /** What else must know that the article's thread is closed (the article's `commentsOpen`). */
  onCommentsClosed?: (slug: string) => void
}

/** The server refused the post because the thread is closed (v1.1). */
export function isCommentsClosedError(error: unknown): boolean {
  return isApiError(error) && error.code === 'comments_closed'
}

export function registerCommentMutations(queryClient: QueryClient, hooks: CommentMutationHooks = {}) {
  queryClient.setMutationDefaults(commentMutationKeys.all(), {
    mutationFn: (variables: CreateCommentVariables) =>
      createComment(
        variables.slug,
        { authorName: variables.authorName, body: variables.body, parentId: variables.parentId },
        variables.idempotencyKey,
      ),
    // One post at a time: a second submission waits for the first instead of racing it.
    scope: { id: 'comment-posts' },
    // A post that did not reach the server (the connection dropped, the page is being reloaded) tries
    // again shortly, and stays saved as pending meanwhile; anything the server answered is final.
    retry: (failureCount: number, error: unknown) =>
      isApiError(error) && error.kind === 'network' && failureCount < 2,
    retryDelay: (attempt: number) => 1000 * 2 ** attempt,
    onSuccess: (comment: NewComment, variables: CreateCommentVariables) => {
      const isHeld = comment.status === 'pending'
      const published = withoutSecrets(comment)
      // Held for moderation, it is in nobody's thread: only this device shows it, to its author.
      if (!isHeld) insertComment(queryClient, variables.slug, published)
      // Remembered with TanStack Query's notifications (the post's own success among them), so the
      // comment appears as the post's "Envoi…" goes, never both: a store told at once re-renders
      // the thread before the post is done.
      notifyManager.schedule(() => {
        rememberOwnComment(comment.id, {
          slug: variables.slug,
          editToken: comment.editToken,
          editableUntil: Date.parse(comment.editableUntil),
          ...(isHeld ? { held: heldTextOf(published) } : {}),
        })
        authoredComments.set(comment.id, true)
      })
      markConfirmed(variables.slug, variables.parentId, variables.idempotencyKey)
      if (!isHeld) hooks.onCommentCreated?.(variables.slug)
    },
    // The text goes back into its form, whichever page or session sent it.
    onError: (error: unknown, variables: CreateCommentVariables) => {
      if (isPageBeingLeft()) return
      markFailed(variables.slug, variables.parentId, {
        idempotencyKey: variables.idempotencyKey,
        body: variables.body,
      })
      if (isCommentsClosedError(error)) hooks.onCommentsClosed?.(variables.slug)
    },
  })
}

/** The edit token is a secret for the author's device, never for the thread's cache. */
function withoutSecrets({ editToken: _token, editableUntil: _until, ...comment }: NewComment): Comment {
  return comment
}

/** Sends a comment; its progress is read with `useLatestPost` / `usePendingPosts`. */
export function useCreateComment(slug: string) {
  return useMutation<NewComment, ApiError, CreateCommentVariables>({
    mutationKey: commentMutationKeys.create(slug),
  })
}

export interface PostState {
  variables: CreateCommentVariables
  status: 'idle' | 'pending' | 'success' | 'error'
  /** Waiting for the connection to come back. */
  isPaused: boolean
  error: ApiError | null
  data: NewComment | undefined
  submittedAt: number
}

function readPost(mutation: {
  state: {
    variables: unknown
    status: PostState['status']
    isPaused: boolean
    error: unknown
    data: unknown
    submittedAt: number
  }
}): PostState {
  const { state } = mutation
  return {
    variables: state.variables as CreateCommentVariables,
    status: state.status,
    // TanStack Query also pauses a post queued behind another one (the scope): that one is on its
    // way, not waiting for the connection.
    isPaused: state.isPaused && !onlineManager.isOnline(),
    error: (state.error as ApiError | null) ?? null,
    data: state.data as NewComment | undefined,
    submittedAt: state.submittedAt,
  }
}

/** Comments of this article on their way to the server, to show in the thread ("Envoi…"). */
export function usePendingPosts(slug: string): PostState[] {
  return useMutationState({
    filters: { mutationKey: commentMutationKeys.create(slug), status: 'pending' },
    select: readPost,
  })
}

/**
 * Whether a post of this article met 403 `comments_closed` (the thread closed while the reader
 * wrote), whichever form or session sent it.
 */
export function useIsClosedByPost(slug: string): boolean {
  const refusals = useMutationState({
    filters: {
      mutationKey: commentMutationKeys.create(slug),
      status: 'error',
      predicate: (mutation) => isCommentsClosedError(mutation.state.error),
    },
    select: (mutation) => mutation.state.submittedAt,
  })
  return refusals.length > 0
}

/** The latest post sent from one form (the article's, or a reply's), whatever sent it. */
export function useLatestPost(slug: string, parentId: string | null): PostState | undefined {
  const posts = useMutationState({
    filters: {
      mutationKey: commentMutationKeys.create(slug),
      predicate: (mutation) =>
        (mutation.state.variables as CreateCommentVariables | undefined)?.parentId === parentId,
    },
    select: readPost,
  })
  return posts.at(-1)
}
