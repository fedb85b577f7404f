import type { QueryClient } from '@tanstack/react-query'
import { articleQueries } from '@/features/articles/api/article-queries'
import { commentQueries } from '@/features/comments/api/comment-queries'
import type { CommentSort } from '@/features/comments/api/comments-api'

/** `?tri=recents` shows the newest comments first; the default is oldest first. */
export function readCommentSort(search: URLSearchParams): CommentSort {
  return search.get('tri') === 'recents' ? 'newest' : 'oldest'
}

/**
 * The article and the first page of its comments start together; the comments never wait for it.
 * Settles when what the first screen shows is there: the article and the sanitiser for its body (or
 * when either has failed: the page shows that itself).
 */
export function prefetchArticleRoute(
  queryClient: QueryClient,
  slug: string,
  search: URLSearchParams,
): Promise<unknown> {
  void queryClient.infiniteQuery(commentQueries.thread(slug, readCommentSort(search))).catch(() => {})
  return Promise.allSettled([
    queryClient.query(articleQueries.detail(slug)),
    // A no-op where the browser has the Sanitizer API; DOMPurify's chunk otherwise.
    import('@/lib/sanitize-html').then(({ loadSanitizer }) => loadSanitizer()),
  ])
}
