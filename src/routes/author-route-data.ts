import type { QueryClient } from '@tanstack/react-query'
import { articleQueries, authorQueries } from '@/features/articles/api/article-queries'
import type { ArticleListParams } from '@/features/articles/api/articles-api'
import { parsePage } from '@/lib/routing/paths'

export function authorArticlesParams(slug: string, search: URLSearchParams): ArticleListParams {
  return { page: parsePage(search.get('page')), author: slug }
}

/** The author and their articles, together; settles when both are there (or have failed). */
export function prefetchAuthorRoute(
  queryClient: QueryClient,
  slug: string,
  search: URLSearchParams,
): Promise<unknown> {
  return Promise.allSettled([
    queryClient.query(authorQueries.detail(slug)),
    queryClient.query(articleQueries.list(authorArticlesParams(slug, search))),
  ])
}
