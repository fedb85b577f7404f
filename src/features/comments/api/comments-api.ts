import { apiRequest } from '@/lib/api-client'
import { commentPageSchema, type CommentPage } from '@/lib/api-schemas'

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
