import { screen } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import type * as AuthorRoute from '@/routes/author/author-route'
import { findPageHeading, renderApp } from './render-app'

// The author page's code cannot be fetched (offline, or a new version deployed meanwhile).
vi.mock('@/routes/author/author-route', async (importOriginal) => ({
  ...(await importOriginal<typeof AuthorRoute>()),
  authorRouteCode: {
    load: () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/author-route.js')),
    loaded: undefined,
  },
}))

test('a page whose code cannot load says so under the header, with a way to reload', async () => {
  renderApp('/auteurs/raymond-morin')
  await findPageHeading('Un problème est survenu')
  expect(screen.getByRole('alert')).toHaveTextContent('Cette page n’a pas pu être chargée.')
  expect(screen.getByRole('button', { name: 'Recharger la page' })).toBeInTheDocument()
  expect(screen.getByRole('banner')).toBeInTheDocument()
})
