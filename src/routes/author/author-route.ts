/**
 * The author route (`/auteurs/:slug`): its page's code and the data it needs, which the route table
 * starts together.
 */
import type { QueryClient } from '@tanstack/react-query'
import { articleQueries, authorQueries } from '@/features/articles/api/article-queries'
import { lazyModule } from '@/lib/react/lazy-module'
import { readAuthorSearch } from '@/lib/routing/paths'

export const authorRouteCode = lazyModule(() => import('./author-page'))

/** The author and their articles, together; settles when both are there (or have failed). */
export function prefetchAuthorRoute(
  queryClient: QueryClient,
  slug: string,
  search: URLSearchParams,
): Promise<unknown> {
  return Promise.allSettled([
    queryClient.query(authorQueries.detail(slug)),
    queryClient.query(articleQueries.list({ ...readAuthorSearch(search), author: slug })),
  ])
}
