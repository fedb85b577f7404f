import { afterEach, expect, test, vi } from 'vitest'
import { APP_BASE_META, parseAppBase } from './app-base'

afterEach(() => {
  document.head.querySelector(`meta[name="${APP_BASE_META}"]`)?.remove()
  vi.resetModules()
})

test('a base is a path with a slash at both ends; anything else is the root', () => {
  expect(parseAppBase('/lire/')).toBe('/lire/')
  expect(parseAppBase('/blog/lire/')).toBe('/blog/lire/')
  expect(parseAppBase('/')).toBe('/')
  for (const value of [
    null,
    undefined,
    '',
    'lire/',
    '/lire',
    '//evil.example/',
    '/a/../',
    '/l?x=1/',
    'https://x/',
  ]) {
    expect(parseAppBase(value)).toBe('/')
  }
})

test('the routes and links follow the base the server wrote into the page', async () => {
  const meta = document.createElement('meta')
  meta.name = APP_BASE_META
  meta.content = '/lire/'
  document.head.append(meta)
  const { paths, routePatterns } = await import('./paths')
  expect(routePatterns).toEqual({
    home: '/lire/',
    article: '/lire/articles/:slug',
    author: '/lire/auteurs/:slug',
  })
  expect(paths.article('un-article')).toBe('/lire/articles/un-article')
  expect(paths.home({ q: 'québec', page: 2 })).toBe('/lire/?q=qu%C3%A9bec&page=2')
  expect(paths.author('une-autrice', 3)).toBe('/lire/auteurs/une-autrice?page=3')
})
