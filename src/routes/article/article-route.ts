/**
 * The article route (`/articles/:slug`): its page's code and the data it needs, which the route table
 * starts together, and the comment posts a reload interrupted, which the app resumes at start-up.
 */
import type { QueryClient } from '@tanstack/react-query'
import { articleQueries } from '@/features/articles/api/article-queries'
import { commentQueries } from '@/features/comments/api/comment-queries'
import { hasPendingPosts } from '@/features/comments/lib/pending-posts-key'
import { preloadImage } from '@/lib/browser/preload-image'
import { lazyModule } from '@/lib/react/lazy-module'
import { readCommentSort } from '@/lib/routing/paths'

export const articleRouteCode = lazyModule(() => import('./article-page'))

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
  // The editors' picks show above the thread, which waits for them: they start with its first page.
  void queryClient.query(commentQueries.featured(slug)).catch(() => {})
  const article = queryClient.query(articleQueries.detail(slug))
  // A later page's thread code starts with its data. The first page's is on its way already
  // (index.html's early requests); running it here would only take the main thread from the first paint.
  if (!isFirstPage)
    void articleRouteCode
      .load()
      .then((page) => page.threadCode.load())
      .catch(() => {})
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

/**
 * Comment posts a reload interrupted are sent again at start-up, whatever page opens. Their code only
 * loads when there are some; the article page sets up posting for itself.
 */
export async function resumeInterruptedPosts(queryClient: QueryClient) {
  if (!hasPendingPosts()) return
  const { setUpCommentPosting } = await import('./comment-posting')
  setUpCommentPosting(queryClient)
}
