import { Route, Routes } from 'react-router'
import { NotFoundPage } from '@/routes/not-found/not-found-page'
import { RootLayout } from './root-layout'
import { routeTable } from './route-table'

/** The route table's pages in the root layout; any other URL is not found. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RootLayout />}>
        {routeTable.map(({ path, Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
