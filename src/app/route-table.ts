/**
 * The URL map, with what each page needs. The app uses it to start a page's code and data together
 * the moment it is navigated to (or a link to it is hovered), so neither waits for the other.
 */
import type { QueryClient } from '@tanstack/react-query'
import { matchPath } from 'react-router'
import { prefetchArticleRoute } from '@/routes/article-route-data'
import { prefetchAuthorRoute } from '@/routes/author-route-data'
import { prefetchHomeRoute } from '@/routes/home-route-data'

export const loadHomeRoute = () => import('@/routes/home-route')
export const loadArticleRoute = () => import('@/routes/article-route')
export const loadAuthorRoute = () => import('@/routes/author-route')

interface RouteEntry {
  path: string
  load: () => Promise<unknown>
  prefetch: (
    queryClient: QueryClient,
    params: Record<string, string | undefined>,
    search: URLSearchParams,
  ) => void
}

const routeTable: RouteEntry[] = [
  {
    path: '/',
    load: loadHomeRoute,
    prefetch: (client, _params, search) => prefetchHomeRoute(client, search),
  },
  {
    path: '/articles/:slug',
    load: loadArticleRoute,
    prefetch: (client, { slug = '' }, search) => prefetchArticleRoute(client, slug, search),
  },
  {
    path: '/auteurs/:slug',
    load: loadAuthorRoute,
    prefetch: (client, { slug = '' }, search) => prefetchAuthorRoute(client, slug, search),
  },
]

/** Starts loading the code and data of the page at `href`, if it is one of ours. */
export function prefetchRoute(queryClient: QueryClient, href: string) {
  const url = new URL(href, window.location.origin)
  if (url.origin !== window.location.origin) return
  for (const route of routeTable) {
    const match = matchPath(route.path, url.pathname)
    if (!match) continue
    void route.load()
    route.prefetch(queryClient, match.params, url.searchParams)
    return
  }
}
