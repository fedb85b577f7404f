/**
 * The home route (`/`): its page's code and the data it needs, which the route table starts together.
 */
import type { QueryClient } from '@tanstack/react-query'
import { articleQueries, categoryQueries } from '@/features/articles/api/article-queries'
import { lazyModule } from '@/lib/react/lazy-module'
import { readArticleListSearch } from '@/lib/routing/paths'

export const homeRouteCode = lazyModule(() => import('./home-page'))

/**
 * Everything the home page needs, started at once (before its code has even loaded). Settles when it
 * is all there (or has failed: the page shows that itself).
 */
export function prefetchHomeRoute(queryClient: QueryClient, search: URLSearchParams): Promise<unknown> {
  return Promise.allSettled([
    queryClient.query(articleQueries.list(readArticleListSearch(search))),
    queryClient.query(categoryQueries.list()),
  ])
}
