import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { contentSecurityPolicy } from '../config/content-security-policy.ts'
import { expect, expectNoAxeViolations, seedArticle, test } from './fixtures'

test.describe('the production build against a contract-true server', () => {
  test('runs under the strict Content-Security-Policy with no violation', async ({ page }) => {
    await page.addInitScript(() => {
      const violations: string[] = []
      ;(window as unknown as { cspViolations: string[] }).cspViolations = violations
      document.addEventListener('securitypolicyviolation', (event) => {
        violations.push(`${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    const response = await page.goto('/')
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy())
    await expect(page.getByRole('article')).toHaveCount(12)
    await page.getByRole('link', { name: seedArticle.title }).click()
    await expect(page.getByRole('heading', { level: 2, name: /^Commentaires \(\d+\)$/ })).toBeVisible()
    const form = page.getByRole('form', { name: 'Ajouter un commentaire' })
    await form.getByLabel('Votre nom').fill('Sous CSP')
    await form.getByLabel('Votre commentaire').fill('Publié sous une politique stricte.')
    await form.getByRole('button', { name: 'Publier le commentaire' }).click()
    await expect(page.getByRole('article', { name: 'Sous CSP' })).toBeVisible()
    await page.goto('/auteurs/raymond-morin')
    await expect(page.getByRole('heading', { level: 1, name: 'Raymond Morin' })).toBeVisible()
    // The offline-reading worker registers under the policy too (Trusted Types for its URL).
    await page.evaluate(() => navigator.serviceWorker.ready)
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([])
  })

  test('opens the list, then a deep link to the article, which survives a reload', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('article')).toHaveCount(12)
    await page.goto(`/articles/${seedArticle.slug}`)
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await page.reload()
    const article = page.getByRole('article', { name: seedArticle.title })
    await expect(
      article.getByRole('heading', { level: 2, name: 'L’évangélisation nécessaire des dirigeants' }),
    ).toBeVisible()
    await expect(
      page.getByRole('region', { name: 'À lire aussi sur le sujet' }).getByRole('link'),
    ).toHaveCount(3)
    // The mock server is shared by this project's tests, which post comments: count loosely.
    await expect(page.getByRole('heading', { level: 2, name: /^Commentaires \(\d+\)$/ })).toBeVisible()
    // The seed images come from the API server's side, not from the build.
    const cover = article.getByRole('img', { name: /Illustration de l’entreprise numérique/ })
    await expect
      .poll(() => cover.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0)
    await expectNoAxeViolations(page)
  })

  test('an author page and an unknown page load from a direct URL', async ({ page }) => {
    await page.goto('/auteurs/raymond-morin')
    await expect(page.getByRole('heading', { level: 1, name: 'Raymond Morin' })).toBeVisible()
    await page.goto('/pas/ici')
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible()
  })

  test('registers no mock service worker, only its own offline-reading worker', async ({ page, baseURL }) => {
    await page.goto('/')
    await expect(page.getByRole('article').first()).toBeVisible()
    // Ours registers once the page is idle: wait for it, then nothing else may be there.
    const scripts = await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      const registrations = await navigator.serviceWorker.getRegistrations()
      return registrations.map((registration) => registration.active?.scriptURL)
    })
    expect(scripts).toEqual([new URL('/sw.js', baseURL).href])
    expect((await page.request.get('/mockServiceWorker.js')).headers()['content-type']).not.toContain(
      'javascript',
    )
  })
})

test.describe('static hosting: the first requests start from index.html', () => {
  // The phone network Lighthouse simulates (slow 4G): the app's ~100 kB of code takes a while to come.
  test.beforeEach(async ({ page }) => {
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    })
  })

  test('the article’s data and its page code are asked for before the app’s code has downloaded, once', async ({
    page,
  }) => {
    await page.goto(`/articles/${seedArticle.slug}`)
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: /^Commentaires \(\d+\)$/ })).toBeVisible()
    const resources = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry): entry is PerformanceResourceTiming => 'responseEnd' in entry)
        .map(({ name, startTime, responseEnd }) => ({
          path: new URL(name).pathname,
          startTime,
          responseEnd,
        })),
    )
    const one = (pattern: RegExp) => {
      const found = resources.filter((resource) => pattern.test(resource.path))
      expect(found, `requests for ${pattern}`).toHaveLength(1)
      return found[0] ?? { startTime: Number.NaN, responseEnd: Number.NaN }
    }
    const appCode = [one(/^\/assets\/index-[^/]+\.js$/), one(/^\/assets\/framework-[^/]+\.js$/)]
    const codeDownloaded = Math.max(...appCode.map((code) => code.responseEnd))
    // Asked once each: the app took the early answers instead of asking again.
    const article = one(new RegExp(`^/api/articles/${seedArticle.slug}$`))
    const thread = one(new RegExp(`^/api/articles/${seedArticle.slug}/comments$`))
    const pageCode = one(/^\/assets\/article-page-[^/]+\.js$/)
    const threadCode = one(/^\/assets\/comments-section-[^/]+\.js$/)
    for (const [name, request] of Object.entries({ article, thread, pageCode, threadCode })) {
      expect(request.startTime, `${name} starts before the app’s code is in`).toBeLessThan(codeDownloaded)
    }
  })

  test('the list’s data starts before the app’s code has downloaded, and is asked for once', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('article')).toHaveCount(12)
    const resources = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry): entry is PerformanceResourceTiming => 'responseEnd' in entry)
        .map(({ name, startTime, responseEnd }) => ({
          path: new URL(name).pathname,
          startTime,
          responseEnd,
        })),
    )
    const framework = resources.find(({ path }) => /^\/assets\/framework-[^/]+\.js$/.test(path))
    const lists = resources.filter(({ path }) => path === '/api/articles')
    expect(lists).toHaveLength(1)
    expect(lists[0]?.startTime).toBeLessThan(framework?.responseEnd ?? Number.NaN)
  })
})

test('dist/ ships neither the mock worker, nor the mocks, nor the seed data, nor the QA panel', () => {
  const files = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  expect(files).not.toContain('mockServiceWorker.js')
  expect(
    files.filter((file) => file.startsWith('images')),
    'seed images in dist/',
  ).toEqual([])
  const code = files
    .filter((file) => /\.(js|html|css)$/.test(file))
    .map((file) => readFileSync(join('dist', file), 'utf8'))
  for (const marker of [
    'setupWorker',
    'mockServiceWorker',
    'Sylvie Gagnon',
    'Consultant senior Stratégies Web',
    'commentOpenings',
    // The QA panel and the scenario machinery.
    'Copier les infos de débogage',
    'chronique-mock-scenario',
    'scenarioGate',
  ]) {
    expect(
      code.filter((text) => text.includes(marker)),
      `"${marker}" in dist/`,
    ).toEqual([])
  }
})
