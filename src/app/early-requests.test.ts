import { afterEach, describe, expect, test, vi } from 'vitest'
import { server } from '../../mocks/node'
import { forgetEarlyResponses } from '@/lib/early-responses'
import { prefetchArticleRoute } from '@/routes/article/article-route'
import { prefetchAuthorRoute } from '@/routes/author/author-route'
import { prefetchHomeRoute } from '@/routes/home/home-route'
import { adoptEarlyRequests } from './adopt-early-requests'
import { EARLY_REQUESTS_GLOBAL, startEarlyRequests, type EarlyRequestsConfig } from './early-requests'
import { createQueryClient } from './query-client'

const slug = 'la-transformation-sociale-des-entreprises-le-quebec-toujours-en-gare'
const noFiles = { scripts: [], styles: [] }
const config: EarlyRequestsConfig = {
  apiBase: '/api',
  assetsBase: '/',
  home: { scripts: ['assets/home-page-1.js'], styles: ['assets/home-page-1.css'] },
  article: { scripts: ['assets/article-page-1.js'], styles: [] },
  author: noFiles,
  thread: { scripts: ['assets/comments-section-1.js'], styles: [] },
}

/**
 * Every API request the mock server received while `run` ran and until all of them were answered
 * (the prefetch does not wait for the comments), sorted.
 */
async function requestsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const urls: string[] = []
  let answered = 0
  const start = ({ request }: { request: Request }) => {
    urls.push(request.url)
  }
  const end = () => {
    answered++
  }
  server.events.on('request:start', start)
  server.events.on('request:end', end)
  try {
    await run()
    await vi.waitFor(() => expect(answered).toBe(urls.length))
  } finally {
    server.events.removeListener('request:start', start)
    server.events.removeListener('request:end', end)
  }
  return urls.sort()
}

/** The page's early requests, then its own prefetch, as index.html and main.tsx run them. */
async function openWithEarlyRequests(prefetch: () => Promise<unknown>) {
  const responses = startEarlyRequests(config)
  ;(window as unknown as Record<string, unknown>)[EARLY_REQUESTS_GLOBAL] = responses
  adoptEarlyRequests()
  await Promise.allSettled(Object.values(responses))
  await prefetch()
}

const pages = {
  'the list': {
    path: '/?q=qu%C3%A9bec&page=2',
    prefetch: () => prefetchHomeRoute(createQueryClient(), new URLSearchParams('q=québec&page=2')),
  },
  'an article, newest comments first': {
    path: `/articles/${slug}?tri=recents`,
    prefetch: () =>
      prefetchArticleRoute(createQueryClient(), slug, new URLSearchParams('tri=recents'), {
        isFirstPage: true,
      }),
  },
  'an author': {
    path: '/auteurs/raymond-morin?page=1',
    prefetch: () => prefetchAuthorRoute(createQueryClient(), 'raymond-morin', new URLSearchParams('page=1')),
  },
}

afterEach(() => {
  window.history.replaceState(null, '', '/')
  document.head.querySelectorAll('link').forEach((link) => link.remove())
  forgetEarlyResponses()
})

describe('the early requests index.html starts before the app has loaded', () => {
  for (const [name, { path, prefetch }] of Object.entries(pages)) {
    test(`${name}: the same requests as the app's own, which then asks for none of them again`, async () => {
      window.history.replaceState(null, '', path)
      const appAlone = await requestsDuring(prefetch)
      forgetEarlyResponses()
      const withEarly = await requestsDuring(() => openWithEarlyRequests(prefetch))
      expect(appAlone.length).toBeGreaterThan(0)
      // Each asked once: the app took the early answers.
      expect(withEarly).toEqual(appAlone)
    })
  }

  test('an article page preloads its code, and the thread’s at low priority', () => {
    window.history.replaceState(null, '', `/articles/${slug}`)
    startEarlyRequests(config)
    const links = [...document.head.querySelectorAll('link')].map((link) => [
      link.rel,
      link.getAttribute('href'),
      link.getAttribute('fetchpriority'),
    ])
    expect(links).toEqual([
      ['modulepreload', '/assets/article-page-1.js', null],
      ['modulepreload', '/assets/comments-section-1.js', 'low'],
    ])
  })

  test('another address starts nothing', () => {
    window.history.replaceState(null, '', '/pas/ici')
    expect(startEarlyRequests(config)).toEqual({})
    expect(document.head.querySelectorAll('link')).toHaveLength(0)
  })
})
