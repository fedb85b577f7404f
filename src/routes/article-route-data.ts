import type { QueryClient } from '@tanstack/react-query'
import { articleQueries } from '@/features/articles/api/article-queries'
import { commentQueries } from '@/features/comments/api/comment-queries'
import type { CommentSort } from '@/features/comments/api/comments-api'
import { preloadImage } from '@/lib/browser/preload-image'

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
  { isFirstPage = false }: { isFirstPage?: boolean } = {},
): Promise<unknown> {
  void queryClient.infiniteQuery(commentQueries.thread(slug, readCommentSort(search))).catch(() => {})
  const article = queryClient.query(articleQueries.detail(slug))
  // The cover is the largest thing on the first screen: on the first page, its download starts with
  // the article's data instead of after the page's first render (a mid-range phone's render is slow).
  // Not on hover: covers are large, and hovering is not yet choosing.
  if (isFirstPage) {
    article.then((loaded) => loaded.cover && preloadImage(loaded.cover.url)).catch(() => {})
  }
  return Promise.allSettled([
    article,
    // A no-op where the browser has the Sanitizer API; DOMPurify's chunk otherwise.
    import('@/lib/sanitize-html').then(({ loadSanitizer }) => loadSanitizer()),
  ])
}
