/**
 * The route table: each page's URL pattern (from paths.ts), its code and its data. `<Routes>` renders
 * it (app-routes.tsx), and the app starts a page's code and data together from it the moment the page
 * is navigated to, a link to it is hovered, or the app opens on it, so neither waits for the other.
 */
import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import { matchPath } from 'react-router'
import { lazyComponent, type LazyModule } from '@/lib/react/lazy-module'
import { routePatterns } from '@/lib/routing/paths'
import { articleRouteCode, prefetchArticleRoute } from '@/routes/article/article-route'
import { authorRouteCode, prefetchAuthorRoute } from '@/routes/author/author-route'
import { homeRouteCode, prefetchHomeRoute } from '@/routes/home/home-route'

interface PrefetchOptions {
  /** The page the app opens on (not a link being hovered): its images may start too. */
  isFirstPage?: boolean
}

interface RouteEntry {
  path: string
  /** Starts loading the page's code (or returns the load under way). */
  load: () => Promise<unknown>
  /** The page, rendered once its code is in (its own chunk). */
  Page: ComponentType
  /** Starts the page's data; settles when what its first screen shows is there (or has failed). */
  prefetch: (
    queryClient: QueryClient,
    params: Record<string, string | undefined>,
    search: URLSearchParams,
    options: PrefetchOptions,
  ) => Promise<unknown>
}

function route<TModule>({
  path,
  code,
  page,
  prefetch,
}: {
  path: string
  code: LazyModule<TModule>
  page: (module: TModule) => ComponentType
  prefetch: RouteEntry['prefetch']
}): RouteEntry {
  return { path, load: () => code.load(), Page: lazyComponent(code, page), prefetch }
}

export const routeTable: readonly RouteEntry[] = [
  route({
    path: routePatterns.home,
    code: homeRouteCode,
    page: (module) => module.HomePage,
    prefetch: (client, _params, search) => prefetchHomeRoute(client, search),
  }),
  route({
    path: routePatterns.article,
    code: articleRouteCode,
    page: (module) => module.ArticlePage,
    prefetch: (client, { slug = '' }, search, options) => prefetchArticleRoute(client, slug, search, options),
  }),
  route({
    path: routePatterns.author,
    code: authorRouteCode,
    page: (module) => module.AuthorPage,
    prefetch: (client, { slug = '' }, search) => prefetchAuthorRoute(client, slug, search),
  }),
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
