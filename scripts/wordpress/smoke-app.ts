/**
 * Smoke checks of the app as the plugin serves it (CHRONIQUE_WP_APP=1): an article's page with its
 * head and data, a 404, an old permalink's 301, a hashed file's caching, and how long a page takes.
 * Without the app, that the plugin leaves the site's front end alone.
 */
import assert from 'node:assert/strict'
import type { SiteInfo } from './site.ts'
import { median, p95, type Check } from './smoke-client.ts'

const SAMPLES = 20

async function get(url: string, headers: Record<string, string> = {}) {
  const started = performance.now()
  const response = await fetch(url, { headers, redirect: 'manual' })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, ms: performance.now() - started }
}

export function appChecks(site: SiteInfo, timings: Record<string, string>): Check[] {
  const article = `${site.url}/articles/${site.seed.isarta}`
  if (!site.appUrl) {
    return [
      [
        'The app is not served (CHRONIQUE_WP_APP is off): the front end stays WordPress’s',
        async () => {
          const page = await get(`${site.url}/articles/${site.seed.isarta}`)
          assert.ok(!page.text.includes('chronique-base'), 'no app page')
          const old = await get(`${site.url}/${site.seed.isarta}/`)
          assert.notEqual(old.status, 301, 'no redirect into an app that is not there')
        },
      ],
    ]
  }
  return [
    [
      'The app served by the plugin: an article (200, head, data), unknown (404), an old permalink (301), a hashed file (a year)',
      async () => {
        const page = await get(article, { 'Accept-Encoding': 'identity' })
        assert.equal(page.status, 200)
        assert.match(page.headers.get('content-security-policy') ?? '', /require-trusted-types-for 'script'/)
        assert.match(page.text, /<title>La transformation sociale des entreprises[^<]* — Chronique<\/title>/)
        assert.match(page.text, /<meta property="og:image" content="http[^"]+"/)
        assert.match(page.text, /<script type="application\/ld\+json" data-page-metadata>\{"@context"/)
        assert.match(page.text, /<script type="application\/json" id="chronique-data">\{"article":/)
        assert.equal((await get(`${site.url}/articles/pas-un-article`)).status, 404)
        const old = await get(`${site.url}/${site.seed.isarta}/`)
        assert.equal(old.status, 301)
        assert.equal(old.headers.get('location'), article)
        const script = /src="(\/assets\/index-[\w-]+\.js)"/.exec(page.text)?.[1] ?? ''
        const file = await get(`${site.url}${script}`, { 'Accept-Encoding': 'br, gzip' })
        assert.equal(file.headers.get('cache-control'), 'public, max-age=31536000, immutable')
        assert.equal(file.headers.get('content-encoding'), 'br')
        const durations: number[] = []
        for (let index = 0; index < SAMPLES; index++) durations.push((await get(article)).ms)
        timings['app page: an article (head + data)'] =
          `${median(durations).toFixed(1)} / ${p95(durations).toFixed(1)}`
      },
    ],
  ]
}
