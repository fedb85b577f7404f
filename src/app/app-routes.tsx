import { lazy } from 'react'
import { Route, Routes } from 'react-router'
import { NotFoundRoute } from '@/routes/not-found-route'
import { RootLayout } from './root-layout'
import { loadArticleRoute, loadAuthorRoute, loadHomeRoute } from './route-table'

// Each page's code is its own chunk; the route table starts it with the page's data.
const HomeRoute = lazy(() => loadHomeRoute().then((module) => ({ default: module.HomeRoute })))
const ArticleRoute = lazy(() => loadArticleRoute().then((module) => ({ default: module.ArticleRoute })))
const AuthorRoute = lazy(() => loadAuthorRoute().then((module) => ({ default: module.AuthorRoute })))

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
