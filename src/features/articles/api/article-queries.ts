/**
 * Query-options factories: the only place that names a query key or pairs it with its fetcher.
 * Keys are hierarchical so a whole family can be invalidated at once (`articleQueries.all()`).
 */
import { queryOptions } from '@tanstack/react-query'
import { getArticle, getAuthor, listArticles, listCategories, type ArticleListParams } from './articles-api'

export const articleQueries = {
  all: () => ['articles'] as const,
  lists: () => [...articleQueries.all(), 'list'] as const,
  list: (params: ArticleListParams) =>
    queryOptions({
      queryKey: [...articleQueries.lists(), params] as const,
      queryFn: ({ signal }) => listArticles(params, signal),
    }),
  details: () => [...articleQueries.all(), 'detail'] as const,
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...articleQueries.details(), slug] as const,
      queryFn: ({ signal }) => getArticle(slug, signal),
    }),
}

export const authorQueries = {
  all: () => ['authors'] as const,
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...authorQueries.all(), 'detail', slug] as const,
      queryFn: ({ signal }) => getAuthor(slug, signal),
    }),
}

export const categoryQueries = {
  all: () => ['categories'] as const,
  list: () =>
    queryOptions({
      queryKey: [...categoryQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => listCategories(signal),
      // Categories change rarely; one fetch per visit is plenty.
      staleTime: 10 * 60 * 1000,
    }),
}
