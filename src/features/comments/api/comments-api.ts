import { apiRequest } from '@/lib/api-client'
import {
  commentChangesSchema,
  commentPageSchema,
  commentSchema,
  featuredCommentsSchema,
  newCommentSchema,
  type Comment,
  type CommentPage,
  type CommentSort,
  type NewComment,
} from '@/lib/api-schemas'

export type { CommentSort }

export const COMMENTS_PAGE_SIZE = 20

export function listComments(
  slug: string,
  { sort, cursor }: { sort: CommentSort; cursor?: string | null | undefined },
  signal?: AbortSignal,
): Promise<CommentPage> {
  return apiRequest(`/articles/${encodeURIComponent(slug)}/comments`, {
    schema: commentPageSchema,
    query: { sort, cursor, limit: COMMENTS_PAGE_SIZE },
    ...(signal ? { signal } : {}),
  })
}

export interface CommentInput {
  authorName: string
  body: string
  parentId: string | null
}

/** Sending the same key again answers the same comment and creates nothing (contract). */
export function createComment(
  slug: string,
  input: CommentInput,
  idempotencyKey: string,
): Promise<NewComment> {
  return apiRequest(`/articles/${encodeURIComponent(slug)}/comments`, {
    schema: newCommentSchema,
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

/** Edits the reader's own comment, with the secret its creation returned. */
export function editComment(id: string, body: string, editToken: string): Promise<Comment> {
  return apiRequest(`/comments/${encodeURIComponent(id)}`, {
    schema: commentSchema,
    method: 'PATCH',
    body: { body },
    headers: { 'Edit-Token': editToken },
  })
}

export function deleteComment(id: string, editToken: string): Promise<undefined> {
  return apiRequest(`/comments/${encodeURIComponent(id)}`, {
    schema: undefined,
    method: 'DELETE',
    headers: { 'Edit-Token': editToken },
  })
}

/**
 * One comment (v1.1), with `replies: []`. With its secret, the author also reads it while it is
 * held for moderation; 404 once it is refused (or gone).
 */
export function getComment(id: string, editToken: string, signal?: AbortSignal): Promise<Comment> {
  return apiRequest(`/comments/${encodeURIComponent(id)}`, {
    schema: commentSchema,
    headers: { 'Edit-Token': editToken },
    ...(signal ? { signal } : {}),
  })
}

/** Comments created, published, edited or deleted after `since`, flat. */
export async function listCommentChanges(
  slug: string,
  since: string,
  signal?: AbortSignal,
): Promise<Comment[]> {
  const { items } = await apiRequest(`/articles/${encodeURIComponent(slug)}/comments/changes`, {
    schema: commentChangesSchema,
    query: { since },
    ...(signal ? { signal } : {}),
  })
  return items
}

/** The editors' picks (v1.2): at most ten, oldest first, each with `replies: []`. */
export async function listFeaturedComments(slug: string, signal?: AbortSignal): Promise<Comment[]> {
  const { items } = await apiRequest(`/articles/${encodeURIComponent(slug)}/comments/featured`, {
    schema: featuredCommentsSchema,
    ...(signal ? { signal } : {}),
  })
  return items
}
