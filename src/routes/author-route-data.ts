import type { QueryClient } from '@tanstack/react-query'
import { articleQueries, authorQueries } from '@/features/articles/api/article-queries'
import type { ArticleListParams } from '@/features/articles/api/articles-api'
import { parsePage } from '@/lib/paths'

export function authorArticlesParams(slug: string, search: URLSearchParams): ArticleListParams {
  return { page: parsePage(search.get('page')), author: slug }
}

export function prefetchAuthorRoute(queryClient: QueryClient, slug: string, search: URLSearchParams) {
  void queryClient.query(authorQueries.detail(slug)).catch(() => {})
  void queryClient.query(articleQueries.list(authorArticlesParams(slug, search))).catch(() => {})
}
