import { describe, expect, test } from 'vitest'
import {
  APP_BASE_PLACEHOLDER,
  pwaOptions,
  serviceWorkerRoutes,
  wordpressNavigationRoutes,
} from './pwa-options'

const APP = 'https://chronique.example.com'

/** Workbox's rule for RegExp routes: another origin's URL must match from its first character. */
function routes(pattern: RegExp, href: string): boolean {
  const match = pattern.exec(href)
  if (!match) return false
  return new URL(href).origin === APP || match.index === 0
}

describe('the service worker keeps what the reader opened, and nothing else of the API', () => {
  const { article, firstCommentPage, images, notPages } = serviceWorkerRoutes('/api')
  const slug = 'la-transformation-sociale-des-entreprises-le-quebec-toujours-en-gare'

  test('an article, on the app’s origin', () => {
    expect(routes(article, `${APP}/api/articles/${slug}`)).toBe(true)
    expect(routes(article, `${APP}/api/articles?page=2`)).toBe(false)
    expect(routes(article, `${APP}/api/articles/${slug}/comments`)).toBe(false)
    expect(routes(article, `${APP}/autre/api/articles/${slug}`)).toBe(false)
    expect(routes(article, `https://ailleurs.example.org/api/articles/${slug}`)).toBe(false)
  })

  test('the first page of its comments, in either order, but no later page and no live changes', () => {
    expect(routes(firstCommentPage, `${APP}/api/articles/${slug}/comments`)).toBe(true)
    expect(routes(firstCommentPage, `${APP}/api/articles/${slug}/comments?sort=newest&limit=20`)).toBe(true)
    expect(routes(firstCommentPage, `${APP}/api/articles/${slug}/comments?cursor=abc`)).toBe(false)
    expect(routes(firstCommentPage, `${APP}/api/articles/${slug}/comments?sort=oldest&cursor=abc`)).toBe(
      false,
    )
    expect(
      routes(firstCommentPage, `${APP}/api/articles/${slug}/comments/changes?since=2026-01-01T00:00:00Z`),
    ).toBe(false)
  })

  test('images of the app’s origin, not pages or API answers', () => {
    expect(images.some((pattern) => routes(pattern, `${APP}/images/articles/couverture.svg`))).toBe(true)
    expect(images.some((pattern) => routes(pattern, 'https://cdn.example.net/photo.jpg'))).toBe(false)
    expect(images.some((pattern) => routes(pattern, `${APP}/api/articles/${slug}`))).toBe(false)
  })

  test('page URLs fall back to the app, the API’s and the images’ paths never do', () => {
    const isPage = (path: string) => !notPages.some((pattern) => pattern.test(path))
    expect(isPage('/articles/un-article')).toBe(true)
    expect(isPage('/apiculture')).toBe(true)
    expect(isPage('/api/articles/un-article')).toBe(false)
    expect(isPage('/images/articles/couverture.svg')).toBe(false)
  })
})

describe('an API on another origin', () => {
  const { article, firstCommentPage, images, notPages } = serviceWorkerRoutes('https://api.example.com/v1/')

  test('is matched on the URL the build was made for', () => {
    expect(routes(article, 'https://api.example.com/v1/articles/un-article')).toBe(true)
    expect(routes(firstCommentPage, 'https://api.example.com/v1/articles/un-article/comments')).toBe(true)
    expect(routes(article, 'https://api.example.com.evil.test/v1/articles/un-article')).toBe(false)
    expect(routes(article, `${APP}/v1/articles/un-article`)).toBe(false)
    expect(images.some((pattern) => routes(pattern, 'https://api.example.com/images/a.png'))).toBe(true)
    expect(notPages.some((pattern) => pattern.test('/v1/articles'))).toBe(false)
  })
})

test('writes and the live changes feed are never routed: every runtime route is GET only', () => {
  const { article, firstCommentPage, images } = serviceWorkerRoutes('/api')
  const runtimeRoutes = pwaOptions().workbox?.runtimeCaching ?? []
  // The routes checked are the article, its first comment page and the images: none is left unchecked.
  expect(runtimeRoutes.map((route) => route.urlPattern)).toEqual([article, firstCommentPage, ...images])
  expect(images.length).toBeGreaterThan(0)
  expect(runtimeRoutes.map((route) => route.method ?? 'GET')).toEqual(runtimeRoutes.map(() => 'GET'))
})

describe('served by WordPress, the worker opens the app’s shell for the app’s pages only', () => {
  /** What workbox's NavigationRoute does with a navigation's path and query. */
  const getsShell = (appBase: string, pathAndQuery: string) => {
    const { allow, deny } = wordpressNavigationRoutes(appBase)
    const { notPages } = serviceWorkerRoutes('/wp-json/chronique/v1')
    if ([...notPages, ...deny].some((pattern) => pattern.test(pathAndQuery))) return false
    return allow.some((pattern) => pattern.test(pathAndQuery))
  }

  test('at the site’s root: the list, an article, an author; never WordPress’s own addresses', () => {
    for (const page of [
      '/',
      '/?q=qu%C3%A9bec&page=2',
      '/?category=technologie',
      '/articles/un-article',
      '/auteurs/une-autrice?page=2',
    ]) {
      expect(getsShell('/', page), page).toBe(true)
    }
    for (const other of [
      '/wp-admin/',
      '/wp-login.php',
      '/feed/',
      '/wp-sitemap.xml',
      '/un-vieil-article/',
      '/category/technologie/',
      '/?p=12',
      '/?s=quebec',
      '/?p=12&preview=true',
      '/articles/un-article/comments',
      '/wp-json/chronique/v1/articles',
    ]) {
      expect(getsShell('/', other), other).toBe(false)
    }
  })

  test('under a prefix: only what is under it', () => {
    expect(getsShell('/lire/', '/lire/')).toBe(true)
    expect(getsShell('/lire/', '/lire/articles/un-article')).toBe(true)
    expect(getsShell('/lire/', '/')).toBe(false)
    expect(getsShell('/lire/', '/articles/un-article')).toBe(false)
  })

  test('the build leaves a placeholder for the base, which the plugin fills in', () => {
    const options = pwaOptions({ apiBaseUrl: '/wp-json/chronique/v1', wordpress: true })
    expect(String(options.workbox?.navigateFallbackAllowlist)).toContain(
      APP_BASE_PLACEHOLDER.replaceAll('/', '\\/'),
    )
    const startUrl = ({ manifest }: ReturnType<typeof pwaOptions>) => (manifest ? manifest.start_url : null)
    expect(startUrl(options)).toBe('./')
    // The static build is unchanged.
    expect(pwaOptions().workbox?.navigateFallbackAllowlist).toBeUndefined()
    expect(startUrl(pwaOptions())).toBe('/')
  })
})
