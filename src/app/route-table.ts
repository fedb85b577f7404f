/**
 * The URL map, with what each page needs. The app uses it to start a page's code and data together
 * the moment it is navigated to (or a link to it is hovered), so neither waits for the other.
 */
import type { QueryClient } from '@tanstack/react-query'
import { matchPath } from 'react-router'
import { lazyModule } from '@/lib/react/lazy-module'
import { prefetchArticleRoute } from '@/routes/article-route-data'
import { prefetchAuthorRoute } from '@/routes/author-route-data'
import { prefetchHomeRoute } from '@/routes/home-route-data'

export const homeRouteCode = lazyModule(() => import('@/routes/home-route'))
export const articleRouteCode = lazyModule(() => import('@/routes/article-route'))
export const authorRouteCode = lazyModule(() => import('@/routes/author-route'))

interface PrefetchOptions {
  /** The page the app opens on (not a link being hovered): its images may start too. */
  isFirstPage?: boolean
}

interface RouteEntry {
  path: string
  load: () => Promise<unknown>
  /** Starts the page's data; settles when what its first screen shows is there (or has failed). */
  prefetch: (
    queryClient: QueryClient,
    params: Record<string, string | undefined>,
    search: URLSearchParams,
    options: PrefetchOptions,
  ) => Promise<unknown>
}

const routeTable: RouteEntry[] = [
  {
    path: '/',
    load: homeRouteCode.load,
    prefetch: (client, _params, search) => prefetchHomeRoute(client, search),
  },
  {
    path: '/articles/:slug',
    load: articleRouteCode.load,
    prefetch: (client, { slug = '' }, search, options) => prefetchArticleRoute(client, slug, search, options),
  },
  {
    path: '/auteurs/:slug',
    load: authorRouteCode.load,
    prefetch: (client, { slug = '' }, search) => prefetchAuthorRoute(client, slug, search),
  },
]

/**
 * Starts loading the code and data of the page at `href`, if it is one of ours. Settles (never
 * rejects) when both are in or have failed: the page shows failures itself.
 */
export function prefetchRoute(
  queryClient: QueryClient,
  href: string,
  options: PrefetchOptions = {},
): Promise<unknown> {
  const url = new URL(href, window.location.origin)
  if (url.origin !== window.location.origin) return Promise.resolve()
  for (const route of routeTable) {
    const match = matchPath(route.path, url.pathname)
    if (!match) continue
    return Promise.allSettled([
      route.load(),
      route.prefetch(queryClient, match.params, url.searchParams, options),
    ])
  }
  return Promise.resolve()
}
