import type { QueryClient } from '@tanstack/react-query'
import { articleQueries, categoryQueries } from '@/features/articles/api/article-queries'
import type { ArticleListParams } from '@/features/articles/api/articles-api'
import { parsePage } from '@/lib/routing/paths'

/** The list's state lives in the URL: `?q=`, `?category=`, `?page=`. */
export function readHomeSearch(search: URLSearchParams): ArticleListParams {
  return {
    page: parsePage(search.get('page')),
    q: search.get('q')?.trim() || undefined,
    category: search.get('category')?.trim() || undefined,
  }
}

/**
 * Everything the home page needs, started at once (before its code has even loaded). Settles when it
 * is all there (or has failed: the page shows that itself).
 */
export function prefetchHomeRoute(queryClient: QueryClient, search: URLSearchParams): Promise<unknown> {
  return Promise.allSettled([
    queryClient.query(articleQueries.list(readHomeSearch(search))),
    queryClient.query(categoryQueries.list()),
  ])
}
