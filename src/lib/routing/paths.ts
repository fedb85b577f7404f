/**
 * Every URL of the app in one place: the patterns the router matches, the addresses links are built
 * from, and what the query and the fragment say (`?q=`, `?category=`, `?page=`, `?tri=`,
 * `#commentaire-…`). The builders fill the patterns, so routes and links cannot drift apart.
 */
import { readAppBase } from './app-base.ts'

/** The pages' paths under the app's base (`:name` is one path segment). */
export const pagePatterns = {
  home: '',
  article: 'articles/:slug',
  author: 'auteurs/:slug',
} as const

/** `/`, or the prefix the server that serves the app chose (see app-base.ts). */
const appBase = readAppBase()

/** The pages' URL patterns, as the route table gives them to the router and the prefetchers. */
export const routePatterns = {
  home: `${appBase}${pagePatterns.home}`,
  article: `${appBase}${pagePatterns.article}`,
  author: `${appBase}${pagePatterns.author}`,
}

export interface ArticleListSearch {
  page?: number | undefined
  q?: string | undefined
  category?: string | undefined
}

/** A pattern with its `:name` segments filled in, encoded. */
function fill(pattern: string, params: Record<string, string>): string {
  return pattern.replace(/:(\w+)/g, (_segment, name: string) => encodeURIComponent(params[name] ?? ''))
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
    withQuery(routePatterns.home, { q, category, page: page && page > 1 ? page : undefined }),
  article: (slug: string) => fill(routePatterns.article, { slug }),
  author: (slug: string, page?: number) =>
    withQuery(fill(routePatterns.author, { slug }), { page: page && page > 1 ? page : undefined }),
}

/** Reads a 1-based page number from the URL; anything else is page 1. */
export function parsePage(value: string | null): number {
  const page = Number(value)
  return Number.isInteger(page) && page >= 1 ? page : 1
}

/** The list's state, read back from what `paths.home` wrote: `?q=`, `?category=`, `?page=`. */
export function readArticleListSearch(search: URLSearchParams) {
  return {
    page: parsePage(search.get('page')),
    q: search.get('q')?.trim() || undefined,
    category: search.get('category')?.trim() || undefined,
  }
}

/** An author's page state, read back from what `paths.author` wrote: `?page=`. */
export function readAuthorSearch(search: URLSearchParams) {
  return { page: parsePage(search.get('page')) }
}

/** The comment thread's order, as the API names it. */
export type CommentOrder = 'oldest' | 'newest' | 'popular'

const SORT_PARAM = 'tri'
const SORT_VALUES = { newest: 'recents', popular: 'apprecies' } as const

/**
 * `?tri=recents` shows the newest comments first, `?tri=apprecies` the most liked; the default, oldest
 * first, has no parameter.
 */
export function readCommentSort(search: URLSearchParams): CommentOrder {
  const value = search.get(SORT_PARAM)
  if (value === SORT_VALUES.newest) return 'newest'
  if (value === SORT_VALUES.popular) return 'popular'
  return 'oldest'
}

/** Puts `sort` into `search` (the other parameters stay) and returns it. */
export function writeCommentSort(search: URLSearchParams, sort: CommentOrder): URLSearchParams {
  if (sort === 'oldest') search.delete(SORT_PARAM)
  else search.set(SORT_PARAM, SORT_VALUES[sort])
  return search
}

const COMMENT_ANCHOR = 'commentaire-'

/** The id of a comment's element, and so the fragment of its permalink (`#commentaire-…`). */
export function commentAnchor(commentId: string): string {
  return `${COMMENT_ANCHOR}${commentId}`
}

/** Whether a location's `hash` is a comment's permalink. */
export function isCommentPermalink(hash: string): boolean {
  return hash.startsWith(`#${COMMENT_ANCHOR}`)
}

/** The id of the comment a location's `hash` links to, or `null` when it links to none. */
export function readCommentPermalink(hash: string): string | null {
  return isCommentPermalink(hash) ? decodeURIComponent(hash.slice(COMMENT_ANCHOR.length + 1)) : null
}
