/** Every URL the app links to, built in one place so routes and links cannot drift apart. */
export interface ArticleListSearch {
  page?: number | undefined
  q?: string | undefined
  category?: string | undefined
}

function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(name, String(value))
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

export const paths = {
  home: ({ page, q, category }: ArticleListSearch = {}) =>
    withQuery('/', { q, category, page: page && page > 1 ? page : undefined }),
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  author: (slug: string, page?: number) =>
    withQuery(`/auteurs/${encodeURIComponent(slug)}`, { page: page && page > 1 ? page : undefined }),
}

/** Reads a 1-based page number from the URL; anything else is page 1. */
export function parsePage(value: string | null): number {
  const page = Number(value)
  return Number.isInteger(page) && page >= 1 ? page : 1
}
