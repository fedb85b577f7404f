import { lazy, type ComponentType } from 'react'
import { Route, Routes } from 'react-router'
import { NotFoundRoute } from '@/routes/not-found-route'
import { RootLayout } from './root-layout'
import { articleRouteCode, authorRouteCode, homeRouteCode, type PageCode } from './route-table'

/**
 * Each page's code is its own chunk; the route table starts it with the page's data. Code already in
 * is handed to React synchronously (a thenable that resolves at once): with a promise, React would
 * commit the fallback first, then hold the page back behind it (it keeps a fallback up for at least
 * 300 ms, so it does not flash).
 */
function lazyPage<TModule>(code: PageCode<TModule>, pick: (module: TModule) => ComponentType) {
  return lazy(() => {
    const loaded = code.loaded
    if (loaded === undefined) return code.load().then((module) => ({ default: pick(module) }))
    const resolved = { default: pick(loaded) }
    return { then: (onFulfilled: (value: typeof resolved) => void) => onFulfilled(resolved) } as Promise<
      typeof resolved
    >
  })
}

const HomeRoute = lazyPage(homeRouteCode, (module) => module.HomeRoute)
const ArticleRoute = lazyPage(articleRouteCode, (module) => module.ArticleRoute)
const AuthorRoute = lazyPage(authorRouteCode, (module) => module.AuthorRoute)

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RootLayout />}>
        <Route index element={<HomeRoute />} />
        <Route path="articles/:slug" element={<ArticleRoute />} />
        <Route path="auteurs/:slug" element={<AuthorRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  )
}
