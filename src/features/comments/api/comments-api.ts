import { apiRequest } from '@/lib/api-client'
import { commentPageSchema, newCommentSchema, type CommentPage, type NewComment } from '@/lib/api-schemas'

export type CommentSort = 'oldest' | 'newest'

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
