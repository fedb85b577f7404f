import type { APIRequestContext, APIResponse, Page } from '@playwright/test'
import { contentSecurityPolicy } from '../config/content-security-policy.ts'
import { WORDPRESS_API_BASE } from '../config/wordpress-app.ts'
import { adminSession } from '../scripts/wordpress/smoke-client.ts'
import {
  query,
  readDebugLog,
  readSiteInfo,
  resetWordPress,
  type SiteInfo,
} from '../scripts/wordpress/site.ts'
import { expect, expectNoAxeViolations, seedArticle, test } from './fixtures'

/**
 * The app served by the WordPress plugin itself (CHRONIQUE_WP_APP=1: the zip's app in the plugin), on
 * the site's own origin: what a crawler or a link preview reads without JavaScript, the statuses and
 * redirects, the caching and security headers, and the app adopting the data written into its page.
 * One site: the tests run one after another (the wordpress project runs one file at a time).
 */
test.describe.configure({ mode: 'default' })

const WORDPRESS = `http://127.0.0.1:${process.env.CHRONIQUE_WP_PORT ?? '8431'}`
const API = `${WORDPRESS}${WORDPRESS_API_BASE}`
const articlePath = `/articles/${seedArticle.slug}`
const strictPolicy = contentSecurityPolicy({ apiBaseUrl: WORDPRESS_API_BASE })

test.use({ baseURL: WORDPRESS })

let debugLogAtStart = 0
test.beforeAll(() => {
  const site = readSiteInfo()
  if (!site?.appUrl) {
    throw new Error('The local WordPress does not serve the app: start it with CHRONIQUE_WP_APP=1.')
  }
  resetWordPress({ quiet: true })
  debugLogAtStart = readDebugLog().length
})
// Not one PHP error, warning, notice or deprecation while the app was served.
test.afterAll(() => {
  expect(readDebugLog().slice(debugLogAtStart), 'PHP debug log').toBe('')
})

function site(): SiteInfo {
  const info = readSiteInfo()
  if (!info) throw new Error('WordPress is not running (site.json is missing)')
  return info
}

/** The content of the head tag `<meta {by}="{key}" content="…">`, as the server wrote it. */
function meta(html: string, by: 'name' | 'property', key: string): string | undefined {
  const tag = new RegExp(`<meta ${by}="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html)
  return tag?.[1] ? decodeEntities(tag[1]) : undefined
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#0?39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#0?38;|&amp;/g, '&')
}

function title(html: string): string | undefined {
  const match = /<title>([^<]*)<\/title>/.exec(html)
  return match?.[1] ? decodeEntities(match[1]) : undefined
}

function jsonLd(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json"[^>]*>([^<]*)<\/script>/.exec(html)
  return JSON.parse(match?.[1] ?? 'null') as Record<string, unknown>
}

function inlineData(html: string): Record<string, { data: unknown }> {
  const match = /<script type="application\/json" id="chronique-data">([^<]*)<\/script>/.exec(html)
  return JSON.parse(match?.[1] ?? 'null') as Record<string, { data: unknown }>
}

async function api<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(`${API}${path}`)
  expect(response.status()).toBe(200)
  return (await response.json()) as T
}

function expectAppHeaders(response: APIResponse) {
  const headers = response.headers()
  expect(headers['content-security-policy']).toBe(strictPolicy)
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
}

/** Records the page's API requests and its CSP violations from the start. */
async function watch(page: Page) {
  const apiRequests: string[] = []
  page.on('request', (request) => {
    if (request.url().startsWith(API)) apiRequests.push(request.url().slice(API.length))
  })
  await page.addInitScript(() => {
    const violations: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = violations
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  return {
    apiRequests,
    cspViolations: () =>
      page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  }
}

interface Article {
  slug: string
  title: string
  excerpt: string
  cover: { url: string; alt: string; width: number; height: number } | null
  author: { slug: string; name: string }
  commentCount: number
}

test.describe('without JavaScript (a crawler, a link preview)', () => {
  test('an article: 200, its title, description, Open Graph, Twitter card, JSON-LD, data and cover preload', async ({
    request,
  }) => {
    const article = await api<Article>(request, `/articles/${seedArticle.slug}`)
    const response = await request.get(articlePath)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('text/html; charset=UTF-8')
    expect(response.headers()['cache-control']).toBe('no-cache')
    expectAppHeaders(response)
    const html = await response.text()

    const canonical = `${WORDPRESS}${articlePath}`
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr-CA">/)
    expect(title(html)).toBe(`${seedArticle.title} — Chronique`)
    expect(meta(html, 'name', 'description')).toBe(article.excerpt)
    expect(html).toContain(`<link rel="canonical" href="${canonical}"`)
    expect(meta(html, 'property', 'og:type')).toBe('article')
    expect(meta(html, 'property', 'og:title')).toBe(seedArticle.title)
    expect(meta(html, 'property', 'og:url')).toBe(canonical)
    expect(article.cover).not.toBeNull()
    expect(meta(html, 'property', 'og:image')).toBe(article.cover?.url)
    expect(meta(html, 'property', 'og:image:alt')).toBe(article.cover?.alt)
    expect(meta(html, 'name', 'twitter:card')).toBe('summary_large_image')
    expect(jsonLd(html)).toMatchObject({
      '@type': 'Article',
      headline: seedArticle.title,
      description: article.excerpt,
      mainEntityOfPage: canonical,
      image: [article.cover?.url],
      author: {
        '@type': 'Person',
        name: article.author.name,
        url: `${WORDPRESS}/auteurs/${article.author.slug}`,
      },
    })
    // The LCP image, before the app's code.
    expect(
      html.indexOf(`<link rel="preload" as="image" href="${article.cover?.url}" fetchpriority="high">`),
    ).toBeLessThan(html.indexOf('<script type="module"'))
    // The API's answers, as data the app adopts: the article and its first comment page.
    const data = inlineData(html)
    expect(data.article?.data).toEqual(article)
    expect(data.thread?.data).toEqual(
      await api(request, `/articles/${seedArticle.slug}/comments?sort=oldest&limit=20`),
    )
    // The app's files, under the site's root, never relative to the page.
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/)
    expect(html).not.toContain('"./')
  })

  test('a comment that tries to end the data element stays data, and the app shows it as text', async ({
    request,
    page,
  }) => {
    const hostile = '</script><script>window.pwned = 1</script><!-- <b>gras</b> & “guillemets”'
    const posted = await request.post(`${API}/articles/${seedArticle.slug}/comments`, {
      headers: { 'Idempotency-Key': crypto.randomUUID(), 'X-Chronique-Dev-Client-Ip': '10.16.0.1' },
      data: { authorName: 'Essai <script>', body: hostile, parentId: null },
    })
    expect(posted.status()).toBe(201)
    try {
      const html = await (await request.get(articlePath)).text()
      const data =
        /<script type="application\/json" id="chronique-data">([^<]*)<\/script>/.exec(html)?.[1] ?? ''
      expect(data).toContain('\\u003C/script\\u003E\\u003Cscript\\u003Ewindow.pwned')
      expect(html.match(/<\/script>/g)?.length).toBe(html.match(/<script\b/g)?.length)
      const { cspViolations } = await watch(page)
      await page.goto(articlePath)
      await expect(page.getByText(hostile)).toBeVisible()
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
      expect(await cspViolations()).toEqual([])
    } finally {
      resetWordPress({ quiet: true })
    }
  })

  test('the list, a category and an author: CollectionPage and ProfilePage', async ({ request }) => {
    const home = await (await request.get('/')).text()
    expect(title(home)).toBe('Articles — Chronique')
    expect(jsonLd(home)).toMatchObject({ '@type': 'CollectionPage', url: `${WORDPRESS}/` })
    const list = (jsonLd(home).mainEntity ?? {}) as { itemListElement?: unknown[] }
    expect(list.itemListElement).toHaveLength(12)
    expect(Object.keys(inlineData(home)).sort()).toEqual(['categories', 'list'])

    const category = await (await request.get('/?category=technologie&page=1')).text()
    expect(meta(category, 'name', 'description')).toBe(
      'Les articles de la catégorie Technologie sur Chronique.',
    )
    expect(category).toContain(`<link rel="canonical" href="${WORDPRESS}/?category=technologie"`)

    const article = await api<Article>(request, `/articles/${seedArticle.slug}`)
    const author = await (await request.get(`/auteurs/${article.author.slug}`)).text()
    expect(title(author)).toBe(`${article.author.name} — Chronique`)
    expect(meta(author, 'property', 'og:type')).toBe('profile')
    expect(jsonLd(author)).toMatchObject({
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'Person', name: article.author.name },
    })
  })

  test('an unknown article, author or page is a real 404, not indexed', async ({ request }) => {
    for (const [path, heading] of [
      ['/articles/cet-article-n-existe-pas', 'Article introuvable'],
      ['/auteurs/personne', 'Auteur introuvable'],
      ['/rien-a-cette-adresse/', 'Page introuvable'],
    ] as const) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(404)
      expectAppHeaders(response)
      const html = await response.text()
      expect(title(html)).toBe(`${heading} — Chronique`)
      expect(meta(html, 'name', 'robots')).toBe('noindex')
      expect(html).not.toContain('id="chronique-data"')
    }
  })

  test('the magazine’s old addresses redirect permanently to the app; WordPress’s own stay its own', async ({
    request,
  }) => {
    const { seed } = site()
    const article = await api<Article>(request, `/articles/${seedArticle.slug}`)
    const redirects: [from: string, to: string][] = [
      [`/${seedArticle.slug}/`, articlePath],
      [`/?p=${String(seed.posts[seedArticle.slug])}`, articlePath],
      [`${articlePath}/`, articlePath],
      ['/category/technologie/', '/?category=technologie'],
      [`/author/${article.author.slug}/`, `/auteurs/${article.author.slug}`],
      ['/?s=qu%C3%A9bec', '/?q=qu%C3%A9bec'],
      ['/2015/', '/'],
    ]
    for (const [from, to] of redirects) {
      const response = await request.get(from, { maxRedirects: 0 })
      expect(response.status(), from).toBe(301)
      expect(response.headers().location, from).toBe(`${WORDPRESS}${to}`)
      // And it lands, once: the app's own addresses are never redirected.
      const landed = await request.get(from)
      expect(landed.status(), from).toBe(200)
      expect(landed.url(), from).toBe(`${WORDPRESS}${to}`)
    }

    const feed = await request.get('/feed/')
    expect(feed.headers()['content-type']).toContain('application/rss+xml')
    const categories = await request.get(`${API}/categories`)
    expect(categories.headers()['content-type']).toContain('application/json')
    const robots = await request.get('/robots.txt')
    expect(await robots.text()).toContain('User-agent:')
    const admin = await request.get('/wp-admin/', { maxRedirects: 0 })
    expect(admin.status()).toBe(302)
    expect(admin.headers().location).toContain('/wp-login.php')
  })

  test('hashed files cached for a year, compressed; the page, sw.js and the manifest asked again', async ({
    request,
  }) => {
    const html = await (await request.get('/')).text()
    const script = /src="(\/assets\/index-[\w-]+\.js)"/.exec(html)?.[1] ?? ''
    const style = /<link rel="stylesheet" crossorigin href="(\/assets\/[\w-]+\.css)"/.exec(html)?.[1] ?? ''
    for (const [path, type] of [
      [script, 'text/javascript; charset=utf-8'],
      [style, 'text/css; charset=utf-8'],
    ] as const) {
      const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } })
      expect(response.status(), path).toBe(200)
      const headers = response.headers()
      expect(headers['cache-control'], path).toBe('public, max-age=31536000, immutable')
      expect(headers['content-type'], path).toBe(type)
      expect(headers['content-encoding'], path).toBe('gzip')
      expect(headers.vary, path).toBe('Accept-Encoding')
      expectAppHeaders(response)
      // Revalidation is cheap too.
      const again = await request.get(path, { headers: { 'If-None-Match': headers.etag ?? '' } })
      expect(again.status(), path).toBe(304)
    }

    const worker = await request.get('/sw.js')
    expect(worker.headers()['cache-control']).toBe('no-cache')
    expect(worker.headers()['content-type']).toBe('text/javascript; charset=utf-8')
    expectAppHeaders(worker)
    const code = await worker.text()
    // The app's pages (and only they) get the shell offline: the plugin wrote the site's base in.
    expect(code).toContain('allowlist:[/^\\/(?:articles\\/')
    expect(code).not.toContain('__chronique_app_base__')

    const manifest = await request.get('/manifest.webmanifest')
    expect(manifest.headers()['content-type']).toBe('application/manifest+json')
    expect(manifest.headers()['cache-control']).toBe('no-cache')
    const shell = await request.get('/index.html')
    expect(shell.status()).toBe(200)
    expect(await shell.text()).toContain('<meta name="chronique-base" content="/">')

    const head = await request.head(articlePath)
    expect(head.status()).toBe(200)
    expect(await head.text()).toBe('')
    expect(
      (
        await request.get('/assets/pas-un-fichier.js', { headers: { 'Accept-Encoding': 'identity' } })
      ).status(),
    ).toBe(404)
  })
})

test.describe('the page arrives already readable', () => {
  /** As esc_html and esc_attr write text. */
  const escaped = (text: string) =>
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#039;')
  const bodySentence = 'Depuis plus de vingt ans, je travaille avec les nouvelles entreprises'

  test('without JavaScript: the article’s title, byline, cover and body are in its HTML', async ({
    request,
  }) => {
    const article = await api<Article & { publishedAt: string; bodyHtml: string }>(
      request,
      `/articles/${seedArticle.slug}`,
    )
    const response = await request.get(articlePath)
    expect(response.status()).toBe(200)
    const html = await response.text()
    const body = html.slice(html.indexOf('<body>'))

    expect(body).toContain(`data-awaited>${escaped(seedArticle.title)}</h1>`)
    expect(body).toContain(
      `<span>Par <a class="server-author" href="${WORDPRESS}/auteurs/${article.author.slug}">${escaped(article.author.name)}</a></span>`,
    )
    expect(body).toContain(`<time datetime="${article.publishedAt}">8 mars 2016</time>`)
    const cover = article.cover
    expect(cover).not.toBeNull()
    // The cover is the preloaded LCP image, with its size (no shift while it loads).
    expect(body).toContain(
      `<img src="${cover?.url ?? ''}" alt="${escaped(cover?.alt ?? '')}" width="${String(cover?.width)}" height="${String(cover?.height)}" fetchpriority="high"`,
    )
    expect(html).toContain(`<link rel="preload" as="image" href="${cover?.url ?? ''}" fetchpriority="high">`)
    expect(body).toContain(bodySentence)
    // The body the API gives, as it gives it (kses keeps all of this one).
    expect(body).toContain(`<div class="server-article-body" lang="fr">${article.bodyHtml}</div>`)
    // Before the app's root and its code; no "needs JavaScript" notice for the whole page, only for
    // what the app adds (comments, the rating); no style attribute (the CSP).
    expect(body.indexOf('id="chronique-page"')).toBeLessThan(body.indexOf('<div id="root"></div>'))
    expect(body).not.toContain('Chronique a besoin de JavaScript')
    expect(body).toContain('<noscript><p class="server-needs-script">')
    expect(body).not.toMatch(/\sstyle=/)
  })

  test('without JavaScript: the list, a category and an author carry their first cards (title, excerpt, date, cover)', async ({
    request,
  }) => {
    const cardLink = (item: { slug: string; title: string }) =>
      `<a class="server-card-link" href="${WORDPRESS}/articles/${item.slug}">${escaped(item.title)}</a>`
    for (const [path, query] of [
      ['/', 'page=1&pageSize=12'],
      ['/?category=technologie', 'category=technologie&page=1&pageSize=12'],
      ['/auteurs/raymond-morin', 'author=raymond-morin&page=1&pageSize=12'],
    ] as const) {
      const { items } = await api<{ items: (Article & { publishedAt: string })[] }>(
        request,
        `/articles?${query}`,
      )
      expect(items.length, path).toBeGreaterThan(0)
      const html = await (await request.get(path)).text()
      for (const item of items.slice(0, 3)) {
        expect(html, path).toContain(cardLink(item))
        expect(html, path).toContain(`lang="fr">${escaped(item.excerpt)}</p>`)
        expect(html, path).toContain(`<time datetime="${item.publishedAt}">`)
        if (item.cover) {
          expect(html, path).toContain(
            `<img src="${item.cover.url}" alt="" width="${String(item.cover.width)}" height="${String(item.cover.height)}" class="server-card-cover"`,
          )
        }
      }
    }
    const author = await (await request.get('/auteurs/raymond-morin')).text()
    expect(author).toContain('<h1 class="server-author-name" data-awaited>Raymond Morin</h1>')
  })

  test('the server’s page alone (the app’s code not loaded) passes axe, on a desktop and a phone', async ({
    page,
  }) => {
    test.slow() // Eight pages through axe.
    await page.route(/\/assets\/[\w-]+\.js$/, (route) => route.abort())
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 })
      for (const path of [articlePath, '/', '/?q=qu%C3%A9bec', '/auteurs/raymond-morin']) {
        await page.goto(path)
        await expect(page.locator('#chronique-page')).toHaveCount(1)
        await expectNoAxeViolations(page)
      }
    }
  })

  test.describe('in a browser without JavaScript', () => {
    test.use({ javaScriptEnabled: false })

    test('an editor’s markup in a title, an excerpt or a body is escaped or sanitised; the CSP has nothing to refuse', async ({
      request,
      page,
    }) => {
      const id = site().seed.posts[seedArticle.slug]
      expect(id).toBeDefined()
      // Written straight into the database, as an editor with unfiltered HTML (or an import) could.
      const sqlText = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
      query(
        `UPDATE wp_posts SET post_title = ${sqlText('Piège <script>window.pwned = 1</script> & "guillemets"')},
          post_excerpt = ${sqlText('Résumé <img src=x onerror="window.pwned = 2"> fin')},
          post_content = ${sqlText('<p onclick="window.pwned = 3" style="color: red">Texte piégé</p><script>window.pwned = 4</script><p><a href="javascript:window.pwned = 5">lien</a> <img src="x" onerror="window.pwned = 6"></p>')}
          WHERE ID = ${String(id)}`,
      )
      try {
        const article = await api<Article>(request, `/articles/${seedArticle.slug}`)
        const html = await (await request.get(articlePath)).text()
        const readable = html.slice(html.indexOf('<div id="chronique-page"'), html.indexOf('<div id="root">'))
        expect(readable).toContain(`data-awaited>${escaped(article.title)}</h1>`)
        expect(readable).toContain('Texte piégé')
        expect(readable).not.toMatch(/<script|onclick|onerror|style=|javascript:/i)

        // Read by a browser: the CSP would report a style attribute or a handler in the console (the
        // pageErrors fixture fails the test on it).
        await page.goto(articlePath)
        await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible()
        await expect(page.getByText('Texte piégé')).toBeVisible()
      } finally {
        resetWordPress({ quiet: true })
      }
    })

    test('the article reads in full; links and the search are plain links and a form', async ({
      page,
      request,
    }) => {
      const article = await api<Article>(request, `/articles/${seedArticle.slug}`)
      await page.goto(articlePath)
      await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
      await expect(page.getByText(bodySentence)).toBeVisible()
      const cover = page.getByRole('img', { name: article.cover?.alt })
      await expect(cover).toBeVisible()
      expect((await cover.boundingBox())?.height).toBeGreaterThan(100)

      await page.getByRole('link', { name: article.author.name, exact: true }).first().click()
      await expect(page).toHaveURL(`${WORDPRESS}/auteurs/${article.author.slug}`)
      await expect(page.getByRole('heading', { level: 1, name: article.author.name })).toBeVisible()

      await page.goto('/')
      await page.getByRole('searchbox', { name: 'Rechercher un article' }).fill('québec')
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL(`${WORDPRESS}/?q=qu%C3%A9bec`)
      await expect(page.getByRole('heading', { level: 1, name: 'Résultats pour « québec »' })).toBeVisible()
      await page.getByRole('link', { name: seedArticle.title }).click()
      await expect(page).toHaveURL(`${WORDPRESS}${articlePath}`)
      await expect(page.getByText(bodySentence)).toBeVisible()
    })
  })

  interface HeadingSample {
    shown: boolean
    /** The heading's words (not its box: padding would move them unseen), in the viewport. */
    top: number
    left: number
    height: number
    isServerPage: boolean
  }

  /**
   * Records, at every frame from the page's start, where the reader sees the heading `text` (in the
   * server's page, then in the app's), and the page's layout shifts.
   */
  async function trackHeading(page: Page, text: string) {
    await page.addInitScript((tracked: string) => {
      const samples: HeadingSample[] = []
      const shifts: number[] = []
      // Whether each largest paint so far was the server's page's (the last one is the page's LCP).
      const largestPaints: boolean[] = []
      Object.assign(window, { headingSamples: samples, layoutShifts: shifts, largestPaints })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
          shifts.push(entry.value)
        }
      }).observe({ type: 'layout-shift', buffered: true })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null })[]) {
          largestPaints.push(entry.element?.closest('#chronique-page') != null)
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true })
      const spaced = (text: string) => text.replace(/\s+/g, ' ').trim()
      const words = (element: Element) => spaced(element.textContent)
      const sample = () => {
        const serverPage = document.getElementById('chronique-page')
        const scope = serverPage ?? document.getElementById('root')
        const heading = [...(scope?.querySelectorAll('h1, h2, h3') ?? [])].find(
          (h) => words(h) === spaced(tracked),
        )
        const text = document.createRange()
        if (heading) text.selectNodeContents(heading)
        const box = heading ? text.getBoundingClientRect() : undefined
        samples.push({
          shown: Boolean(heading?.checkVisibility({ visibilityProperty: true }) && box && box.height > 0),
          top: box?.top ?? 0,
          left: box?.left ?? 0,
          height: box?.height ?? 0,
          isServerPage: serverPage !== null,
        })
        requestAnimationFrame(sample)
      }
      requestAnimationFrame(sample)
    }, text)
    const read = () =>
      page.evaluate(() => {
        const { headingSamples, layoutShifts, largestPaints } = window as unknown as {
          headingSamples: HeadingSample[]
          layoutShifts: number[]
          largestPaints: boolean[]
        }
        return {
          samples: [...headingSamples],
          shift: layoutShifts.reduce((sum, value) => sum + value, 0),
          isLcpTheServers: largestPaints.at(-1),
        }
      })
    return { read }
  }

  test('with JavaScript, a reader who scrolled into the body before the app came keeps their paragraph in place', async ({
    page,
  }) => {
    // The app's code late enough for the reader to scroll first.
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2500))
      await route.continue()
    })
    await page.goto(articlePath, { waitUntil: 'commit' })
    const serverParagraph = page.locator('#chronique-page p', { hasText: bodySentence })
    await expect(serverParagraph).toBeVisible()
    await page.mouse.move(640, 400)
    await page.mouse.wheel(0, 900)
    // Scrolled, and settled (the same position two frames apart).
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<boolean>((resolve) => {
              const y = window.scrollY
              requestAnimationFrame(() =>
                requestAnimationFrame(() => resolve(y > 500 && window.scrollY === y)),
              )
            }),
        ),
      )
      .toBe(true)
    const before = await serverParagraph.evaluate((element) => element.getBoundingClientRect().top)
    expect(await page.locator('#chronique-page').count(), 'still the server’s page').toBe(1)

    await expect(page.locator('#chronique-page')).toHaveCount(0)
    const after = await page
      .locator('#root main p', { hasText: bodySentence })
      .evaluate((element) => element.getBoundingClientRect().top)
    expect(Math.abs(after - before), 'how far the paragraph moved, in px').toBeLessThanOrEqual(1)
  })

  const desktop = { width: 1280, height: 800 }
  const phone = { width: 390, height: 844 }
  /** Each page followed by its first heading: a title, or the first card's (`firstCardOf`: its list). */
  const pages = [
    { name: 'an article on a desktop', path: articlePath, heading: seedArticle.title, viewport: desktop },
    { name: 'an article on a phone', path: articlePath, heading: seedArticle.title, viewport: phone },
    { name: 'the front page', path: '/', firstCardOf: '', viewport: desktop },
    { name: 'the front page on a phone', path: '/', firstCardOf: '', viewport: phone },
    {
      name: 'a category',
      path: '/?category=technologie',
      firstCardOf: 'category=technologie&',
      viewport: desktop,
    },
    { name: 'a search on a phone', path: '/?q=qu%C3%A9bec', firstCardOf: 'q=qu%C3%A9bec&', viewport: phone },
    { name: 'an author', path: '/auteurs/raymond-morin', heading: 'Raymond Morin', viewport: desktop },
  ]
  for (const { name, path, heading: title, firstCardOf, viewport } of pages) {
    test(`with JavaScript, ${name}: its first heading stays on screen, in place, from the server’s page to the app’s`, async ({
      page,
      request,
    }) => {
      const heading =
        firstCardOf === undefined
          ? title
          : (await api<{ items: Article[] }>(request, `/articles?${firstCardOf}page=1&pageSize=12`)).items[0]
              ?.title
      if (!heading) throw new Error('no heading to follow')
      await page.setViewportSize(viewport)
      const { cspViolations } = await watch(page)
      const { read } = await trackHeading(page, heading)
      // The app's code a little late, as on a slow phone: the server's page is painted first.
      await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 400))
        await route.continue()
      })
      await page.goto(path)

      // The app took over: its page, the server's gone.
      await expect(page.locator('#chronique-page')).toHaveCount(0)
      await expect(
        page.locator('#root main').getByRole('heading', { name: heading, exact: true }),
      ).toBeVisible()
      await expect
        .poll(async () => (await read()).samples.filter((s) => !s.isServerPage).length)
        .toBeGreaterThan(10)

      const { samples, shift, isLcpTheServers } = await read()
      const seen = samples.slice(samples.findIndex((sample) => sample.shown))
      expect(seen[0]?.isServerPage, 'first shown by the server’s page').toBe(true)
      expect(seen.some((sample) => !sample.isServerPage)).toBe(true)
      expect(
        seen.filter((sample) => !sample.shown),
        'frames without the heading',
      ).toEqual([])
      const first = seen[0] ?? { top: 0, left: 0, height: 0 }
      const drift = Math.max(
        ...seen.map((s) =>
          Math.max(
            Math.abs(s.top - first.top),
            Math.abs(s.left - first.left),
            Math.abs(s.height - first.height),
          ),
        ),
      )
      expect(drift, 'how far the heading moved, in px').toBeLessThanOrEqual(1)
      expect(shift, 'cumulative layout shift').toBeLessThanOrEqual(0.01)
      // The page's largest paint is the server's: the app, painting the same, adds none larger.
      expect(isLcpTheServers, 'the largest contentful paint is the server’s page').toBe(true)
      expect(await cspViolations()).toEqual([])
    })
  }
})

test.describe('in a browser', () => {
  test('the article adopts its page’s data: no second request for it or its first comments, under the strict CSP', async ({
    page,
    request,
  }) => {
    const article = await api<Article>(request, `/articles/${seedArticle.slug}`)
    const { apiRequests, cspViolations } = await watch(page)
    const response = await page.goto(articlePath)
    expect(response?.headers()['content-security-policy']).toBe(strictPolicy)

    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await expect(
      page.getByRole('region', { name: `Commentaires (${String(article.commentCount)})` }),
    ).toBeVisible()
    const cover = page
      .getByRole('article', { name: seedArticle.title })
      .getByRole('img', { name: article.cover?.alt })
    await expect
      .poll(() => cover.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0)
    await page.waitForLoadState('networkidle')

    const articleRequests = apiRequests.filter((path) =>
      new RegExp(`^/articles/${seedArticle.slug}(?:\\?|$|/comments(?:\\?(?![^#]*cursor=)|$))`).test(path),
    )
    expect(articleRequests, 'requests the page’s data made unnecessary').toEqual([])
    expect(await page.locator('#chronique-data').count()).toBe(0)
    // The app says what the server said.
    await expect(page).toHaveTitle(`${seedArticle.title} — Chronique`)
    await expect(page.locator('meta[property="og:title"]')).toHaveCount(1)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${WORDPRESS}${articlePath}`)

    // The rest of the app works from here: the list comes from the API (no data for it on this page).
    await page
      .getByRole('link', { name: /^Chronique/ })
      .first()
      .click()
    await expect(page.getByRole('article')).toHaveCount(12)
    await expect(page).toHaveTitle('Articles — Chronique')
    expect(apiRequests.some((path) => path.startsWith('/articles?'))).toBe(true)
    expect(await cspViolations()).toEqual([])
  })

  test('the list adopts its page’s data, and its service worker takes the app’s pages only', async ({
    page,
  }) => {
    const { apiRequests, cspViolations } = await watch(page)
    await page.goto('/')
    await expect(page.getByRole('article')).toHaveCount(12)
    await expect(page.getByRole('navigation', { name: 'Catégories' }).getByRole('link').first()).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(apiRequests.filter((path) => /^\/(articles\?|categories)/.test(path))).toEqual([])

    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
    expect(scope).toBe(`${WORDPRESS}/`)
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
    // With the worker in charge, an old address still reaches the server, which redirects it.
    await page.goto(`/${seedArticle.slug}/`)
    await expect(page).toHaveURL(`${WORDPRESS}${articlePath}`)
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    expect(await cspViolations()).toEqual([])
  })
})

test.describe('under a prefix', () => {
  test.afterEach(() => {
    resetWordPress({ quiet: true })
  })

  test('chosen in Settings → Chronique: the app moves under it, old links follow, the rest is WordPress’s', async ({
    page,
    context,
    request,
  }) => {
    // An editor's session (WordPress's login form, posted), in the browser.
    const session = await adminSession(site())
    await context.addCookies(
      session.cookies.split('; ').map((cookie) => {
        const [name = '', ...value] = cookie.split('=')
        return { name, value: value.join('='), url: WORDPRESS }
      }),
    )
    await page.goto('/wp-admin/options-general.php?page=chronique')
    await expect(page.getByLabel('Serve the app from this site')).toBeChecked()
    await page.getByLabel('Address prefix').fill('/lire/')
    await page.getByRole('button', { name: 'Save Changes' }).click()
    await expect(page.getByRole('link', { name: `${WORDPRESS}/lire/` })).toBeVisible()
    await context.clearCookies()

    const html = await (await request.get(`/lire${articlePath}`)).text()
    expect(html).toContain('<meta name="chronique-base" content="/lire/">')
    expect(html).toContain(`<link rel="canonical" href="${WORDPRESS}/lire${articlePath}"`)
    expect(html).toMatch(/src="\/lire\/assets\/index-[\w-]+\.js"/)
    for (const [from, to] of [
      [`/${seedArticle.slug}/`, `/lire${articlePath}`],
      ['/lire', '/lire/'],
    ] as const) {
      const response = await request.get(from, { maxRedirects: 0 })
      expect(response.status(), from).toBe(301)
      expect(response.headers().location, from).toBe(`${WORDPRESS}${to}`)
    }
    expect((await request.get('/lire/pas-une-page')).status()).toBe(404)
    // Outside the prefix, WordPress answers as before (this site has no theme: an empty page).
    expect(await (await request.get('/')).text()).not.toContain('chronique-base')
    expect(await (await request.get('/lire/sw.js')).text()).toContain('allowlist:[/^\\/lire\\/(?:articles\\/')

    const { apiRequests, cspViolations } = await watch(page)
    await page.goto('/lire/')
    await expect(page.getByRole('article')).toHaveCount(12)
    await page.getByRole('link', { name: seedArticle.title }).click()
    await expect(page).toHaveURL(`${WORDPRESS}/lire${articlePath}`)
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
    expect(scope).toBe(`${WORDPRESS}/lire/`)
    expect(apiRequests.filter((path) => path.startsWith('/categories'))).toEqual([])
    expect(await cspViolations()).toEqual([])
  })
})
