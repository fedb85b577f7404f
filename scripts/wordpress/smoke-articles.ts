/** Smoke checks: articles, search, authors, categories, ratings, WordPress's own errors, CORS. */
import assert from 'node:assert/strict'
import { db, toArticle } from '../../mocks/db.ts'
import type { SiteInfo } from './site.ts'
import { expectError, newKey, type Api, type Article, type Summary, type Check } from './smoke-client.ts'

interface List {
  items: Summary[]
  page: number
  pageSize: number
  total: number
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

export function articleChecks(site: SiteInfo, api: Api): Check[] {
  const isarta = site.seed.isarta
  db.reset()
  const mockArticles = db.articlesNewestFirst()
  return [
    [
      'GET /articles: newest first, pages of 12, the mocks’ total and order (the QA article unlisted)',
      async () => {
        const first = (await api('GET', '/articles')).json as List
        assert.equal(first.total, mockArticles.length)
        assert.equal(first.pageSize, 12)
        assert.deepEqual(
          first.items.map((item) => item.slug),
          mockArticles.slice(0, 12).map((article) => article.slug),
        )
        const last = (await api('GET', '/articles?page=4&pageSize=12')).json as List
        assert.deepEqual(
          last.items.map((item) => item.slug),
          mockArticles.slice(36, 48).map((article) => article.slug),
        )
        const beyond = (await api('GET', '/articles?page=99')).json as List
        assert.equal(beyond.items.length, 0)
        assert.equal(beyond.total, mockArticles.length)
      },
    ],
    [
      'GET /articles?q=quebec finds the “Québec” titles (accent- and case-insensitive, every word)',
      async () => {
        const found = (await api('GET', '/articles?q=quebec&pageSize=50')).json as List
        assert.ok(found.items.some((item) => item.title.includes('Québec')))
        for (const item of found.items)
          assert.ok(fold(`${item.title} ${item.excerpt}`).includes('quebec'), item.title)
        const expected = mockArticles.filter((article) =>
          fold(`${article.title} ${article.excerpt}`).includes('quebec'),
        )
        assert.equal(found.total, expected.length)
        const both = (await api('GET', `/articles?q=${encodeURIComponent('QUÉBEC gare')}`)).json as List
        assert.deepEqual(
          both.items.map((item) => item.slug),
          [isarta],
        )
        const apostrophe = (await api('GET', `/articles?q=${encodeURIComponent("l'equipe")}`)).json as List
        assert.ok(
          apostrophe.items.some((item) => item.slug === isarta),
          "l'equipe matches L’équipe",
        )
      },
    ],
    [
      'GET /articles: category and author filters; unknown ones give an empty list',
      async () => {
        const byCategory = (await api('GET', '/articles?category=medias-sociaux&pageSize=50')).json as List
        assert.equal(
          byCategory.total,
          mockArticles.filter((article) => article.categorySlug === 'medias-sociaux').length,
        )
        assert.ok(byCategory.items.every((item) => item.category.slug === 'medias-sociaux'))
        const byAuthor = (await api('GET', '/articles?author=raymond-morin')).json as List
        assert.deepEqual(
          byAuthor.items.map((item) => item.slug),
          mockArticles
            .filter((article) => article.authorSlug === 'raymond-morin')
            .map((article) => article.slug),
        )
        assert.equal(((await api('GET', '/articles?category=nope')).json as List).total, 0)
        assert.equal(((await api('GET', '/articles?author=nope')).json as List).total, 0)
      },
    ],
    [
      'GET /articles: out-of-range page or pageSize → 400 validation with fields (no clamping)',
      async () => {
        assert.ok(expectError(await api('GET', '/articles?page=0'), 400, 'validation').error.fields?.page)
        assert.ok(
          expectError(await api('GET', '/articles?pageSize=51'), 400, 'validation').error.fields?.pageSize,
        )
        expectError(await api('GET', '/articles?pageSize=abc'), 400, 'validation')
        expectError(await api('GET', '/articles?page=1.5'), 400, 'validation')
      },
    ],
    [
      'GET /articles/{slug}: the Isarta article verbatim — bio, links, role, avatar, credit, related, reading time',
      async () => {
        const article = (await api('GET', `/articles/${isarta}`)).json as Article
        const stored = db.findArticle(isarta)
        if (!stored) throw new Error('the mocks have no Isarta article')
        const mock = toArticle(stored)
        assert.equal(article.title, mock.title)
        assert.equal(article.excerpt, mock.excerpt)
        assert.equal(article.photoCredit, 'Photo: ©Paul Labelle Photographe inc.')
        assert.equal(article.author.bio, mock.author.bio)
        assert.deepEqual(article.author.links, mock.author.links)
        assert.equal(article.author.role, mock.author.role)
        assert.equal(article.author.avatar?.alt, 'Raymond Morin')
        assert.ok(article.author.avatar.url.startsWith(site.url), 'avatar from the media library')
        assert.deepEqual(article.related, mock.related)
        assert.equal(article.cover?.alt, mock.cover?.alt)
        assert.deepEqual([article.cover?.width, article.cover?.height], [1200, 675])
        assert.equal(article.readingMinutes, mock.readingMinutes)
        assert.equal(article.publishedAt, '2016-03-08T14:05:00Z')
        assert.equal(article.commentsOpen, true)
        assert.equal(article.commentCount, 1)
        const text = (html: string) =>
          html
            .replace(/<[^>]*>/g, '')
            .replace(/\s+/g, ' ')
            .trim()
        assert.equal(text(article.bodyHtml), text(mock.bodyHtml), 'the body’s text, verbatim')
      },
    ],
    [
      'GET /articles/{slug}: a related link to an article of the site carries its articleSlug',
      async () => {
        const slug = 'commerce-electronique-pourquoi-les-detaillants-quebecois-tardent'
        const article = (await api('GET', `/articles/${slug}`)).json as Article
        assert.equal(
          article.related[0]?.articleSlug,
          'vendredi-fou-les-commercants-quebecois-doivent-ils-embarquer',
        )
        assert.equal(article.related[1]?.articleSlug, null)
      },
    ],
    [
      'GET /articles/{unknown} → 404 not_found; GET /authors/{slug}; unknown author and the admin → 404',
      async () => {
        expectError(await api('GET', '/articles/nope-nope'), 404, 'not_found')
        const author = (await api('GET', '/authors/raymond-morin')).json as Article['author']
        assert.equal(author.name, 'Raymond Morin')
        assert.ok(author.bio.startsWith('Depuis plus de vingt ans'))
        expectError(await api('GET', '/authors/nope'), 404, 'not_found')
        expectError(await api('GET', `/authors/${site.user}`), 404, 'not_found')
      },
    ],
    [
      'GET /categories: the six categories with their article counts',
      async () => {
        const { items } = (await api('GET', '/categories')).json as {
          items: { slug: string; name: string; articleCount: number }[]
        }
        assert.deepEqual(
          items.map((item) => [item.slug, item.name]),
          db.categories().map((category) => [category.slug, category.name]),
        )
        for (const item of items) {
          assert.equal(
            item.articleCount,
            mockArticles.filter((article) => article.categorySlug === item.slug).length,
            item.slug,
          )
        }
      },
    ],
    [
      'POST /articles/{slug}/ratings: 1–5 only; a later vote from the same Reader-Key replaces the earlier one',
      async () => {
        const slug = 'commerce-electronique-pourquoi-les-detaillants-quebecois-tardent'
        const key = newKey()
        const first = (
          await api('POST', `/articles/${slug}/ratings`, {
            body: { value: 5 },
            headers: { 'Reader-Key': key },
          })
        ).json as { average: number; count: number }
        assert.equal(first.count, 32)
        const again = (
          await api('POST', `/articles/${slug}/ratings`, {
            body: { value: 1 },
            headers: { 'Reader-Key': key },
          })
        ).json as { average: number; count: number }
        assert.equal(again.count, 32)
        assert.ok(again.average < first.average)
        assert.equal(((await api('GET', `/articles/${slug}`)).json as Article).rating.count, 32)
        expectError(await api('POST', `/articles/${slug}/ratings`, { body: { value: 6 } }), 400, 'validation')
        expectError(
          await api('POST', `/articles/${slug}/ratings`, { body: { value: '4' } }),
          400,
          'validation',
        )
        expectError(
          await api('POST', `/articles/${slug}/ratings`, { body: { value: 4.5 } }),
          400,
          'validation',
        )
        expectError(await api('POST', '/articles/nope/ratings', { body: { value: 4 } }), 404, 'not_found')
      },
    ],
    [
      'WordPress’s own errors in the envelope: unknown route, wrong method, invalid JSON, a PHP fatal',
      async () => {
        expectError(await api('GET', '/nope'), 404, 'not_found')
        expectError(await api('PUT', '/articles'), 404, 'not_found')
        expectError(
          await api('POST', `/articles/${isarta}/comments`, {
            raw: '{"authorName": ',
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() },
          }),
          400,
          'validation',
        )
        const fatal = await api('GET', '/__dev/fatal')
        expectError(fatal, 500, 'internal')
      },
    ],
    [
      'CORS: an allowed origin’s preflight and answers; a refused origin gets no CORS headers and no writes',
      async () => {
        const allowed = site.origins[0] ?? 'http://localhost:5173'
        const preflight = await api('OPTIONS', `/articles/${isarta}/comments`, {
          headers: {
            Origin: allowed,
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'content-type,idempotency-key',
          },
        })
        assert.ok(
          preflight.status === 204 || preflight.status === 200,
          `preflight ${String(preflight.status)}`,
        )
        assert.equal(preflight.headers.get('access-control-allow-origin'), allowed)
        const allowHeaders = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase()
        for (const header of ['content-type', 'idempotency-key', 'edit-token', 'reader-key'])
          assert.ok(allowHeaders.includes(header), header)
        assert.ok((preflight.headers.get('access-control-allow-methods') ?? '').includes('PATCH'))
        assert.equal(preflight.headers.get('access-control-allow-credentials'), null)
        const get = await api('GET', '/categories', { headers: { Origin: allowed } })
        assert.equal(get.headers.get('access-control-allow-origin'), allowed)
        assert.ok((get.headers.get('access-control-expose-headers') ?? '').includes('Retry-After'))
        const evil = 'https://evil.example'
        const refused = await api('OPTIONS', `/articles/${isarta}/comments`, {
          headers: { Origin: evil, 'Access-Control-Request-Method': 'POST' },
        })
        assert.equal(refused.headers.get('access-control-allow-origin'), null)
        expectError(refused, 403, 'forbidden')
        const read = await api('GET', '/categories', { headers: { Origin: evil } })
        assert.equal(read.status, 200)
        assert.equal(read.headers.get('access-control-allow-origin'), null)
        assert.equal(read.headers.get('access-control-allow-credentials'), null)
        const write = await api('POST', `/articles/${isarta}/comments`, {
          headers: { Origin: evil, 'Idempotency-Key': newKey() },
          body: { authorName: 'Mallory', body: 'Posté depuis un autre site', parentId: null },
        })
        expectError(write, 403, 'forbidden')
      },
    ],
  ]
}
