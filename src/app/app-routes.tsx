import { Route, Routes } from 'react-router'
import { lazyComponent } from '@/lib/react/lazy-module'
import { NotFoundRoute } from '@/routes/not-found-route'
import { RootLayout } from './root-layout'
import { articleRouteCode, authorRouteCode, homeRouteCode } from './route-table'

// Each page's code is its own chunk; the route table starts it with the page's data.
const HomeRoute = lazyComponent(homeRouteCode, (module) => module.HomeRoute)
const ArticleRoute = lazyComponent(articleRouteCode, (module) => module.ArticleRoute)
const AuthorRoute = lazyComponent(authorRouteCode, (module) => module.AuthorRoute)

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
