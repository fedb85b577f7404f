import { apiRequest } from '@/lib/api-client'
import {
  articlePageSchema,
  articleSchema,
  authorSchema,
  categoryListSchema,
  type ArticlePage,
  type Article,
  type Author,
  type CategoryWithCount,
} from '@/lib/api-schemas'

export interface ArticleListParams {
  page: number
  q?: string | undefined
  category?: string | undefined
  author?: string | undefined
}

export const ARTICLES_PAGE_SIZE = 12

export function listArticles(params: ArticleListParams, signal?: AbortSignal): Promise<ArticlePage> {
  return apiRequest('/articles', {
    schema: articlePageSchema,
    query: { ...params, pageSize: ARTICLES_PAGE_SIZE },
    ...(signal ? { signal } : {}),
  })
}

export function getArticle(slug: string, signal?: AbortSignal): Promise<Article> {
  return apiRequest(`/articles/${encodeURIComponent(slug)}`, {
    schema: articleSchema,
    ...(signal ? { signal } : {}),
  })
}

export function getAuthor(slug: string, signal?: AbortSignal): Promise<Author> {
  return apiRequest(`/authors/${encodeURIComponent(slug)}`, {
    schema: authorSchema,
    ...(signal ? { signal } : {}),
  })
}

export async function listCategories(signal?: AbortSignal): Promise<CategoryWithCount[]> {
  const { items } = await apiRequest('/categories', {
    schema: categoryListSchema,
    ...(signal ? { signal } : {}),
  })
  return items
}
