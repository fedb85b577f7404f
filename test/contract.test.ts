/**
 * The mocks cannot drift from the contract: every endpoint of docs/openapi.json is called through the
 * shared handlers, and every answer must match the document's schema for its status — and parse with
 * the client's own run-time schemas, so the app and the document agree too.
 */
import { afterAll, describe, expect, test } from 'vitest'
import { db } from '../mocks/db'
import * as schemas from '../src/lib/api-schemas'
import { call, documentPaths, exercised, expectClientParses, json } from './openapi-contract'

const seedSlug = 'la-transformation-sociale-des-entreprises-le-quebec-toujours-en-gare'

describe('the mocked API follows docs/openapi.json', () => {
  test('articles: lists, filters, search, pages and errors', async () => {
    const first = await call('GET', '/articles', '/articles')
    expectClientParses(schemas.articlePageSchema, first.body)
    await call('GET', '/articles', '/articles?q=QUEBEC&page=1&pageSize=5')
    await call('GET', '/articles', '/articles?category=medias-sociaux')
    await call('GET', '/articles', '/articles?author=raymond-morin&page=2')
    const invalid = await call('GET', '/articles', '/articles?pageSize=500')
    expect(invalid.status).toBe(400)
  })

  test('every seed article and its first page of comments match the contract', async () => {
    const { body } = await call('GET', '/articles', '/articles?pageSize=50')
    const { items } = body as { items: { slug: string }[] }
    expect(items.length).toBeGreaterThanOrEqual(41)
    for (const { slug } of items) {
      const article = await call('GET', '/articles/{slug}', `/articles/${slug}`)
      expectClientParses(schemas.articleSchema, article.body)
      const comments = await call(
        'GET',
        '/articles/{slug}/comments',
        `/articles/${slug}/comments?sort=newest`,
      )
      expectClientParses(schemas.commentPageSchema, comments.body)
    }
    expect((await call('GET', '/articles/{slug}', '/articles/inconnu')).status).toBe(404)
  })

  test('comments: cursor pages, errors', async () => {
    const { body } = await call('GET', '/articles', '/articles?pageSize=50')
    const busiest = (body as { items: { slug: string; commentCount: number }[] }).items.reduce((a, b) =>
      b.commentCount > a.commentCount ? b : a,
    )
    const page1 = await call(
      'GET',
      '/articles/{slug}/comments',
      `/articles/${busiest.slug}/comments?limit=100`,
    )
    const cursor = (page1.body as { nextCursor: string | null }).nextCursor
    expect(cursor).toEqual(expect.any(String))
    await call(
      'GET',
      '/articles/{slug}/comments',
      `/articles/${busiest.slug}/comments?limit=100&cursor=${cursor}`,
    )
    expect(
      (await call('GET', '/articles/{slug}/comments', `/articles/${seedSlug}/comments?cursor=nimporte`))
        .status,
    ).toBe(400)
    expect((await call('GET', '/articles/{slug}/comments', '/articles/inconnu/comments')).status).toBe(404)
  })

  test('posting, editing, deleting and the changes feed', async () => {
    const since = new Date(Date.now() - 1000).toISOString()
    const key = { 'Idempotency-Key': crypto.randomUUID() }
    const created = await call(
      'POST',
      '/articles/{slug}/comments',
      `/articles/${seedSlug}/comments`,
      json({ authorName: 'Lectrice', body: 'Un commentaire', parentId: null }, key),
    )
    expect(created.status).toBe(201)
    expectClientParses(schemas.newCommentSchema, created.body)
    const { id, editToken } = created.body as { id: string; editToken: string }

    const again = await call(
      'POST',
      '/articles/{slug}/comments',
      `/articles/${seedSlug}/comments`,
      json({ authorName: 'Lectrice', body: 'Un commentaire', parentId: null }, key),
    )
    expect((again.body as { id: string }).id).toBe(id)

    const invalid = await call(
      'POST',
      '/articles/{slug}/comments',
      `/articles/${seedSlug}/comments`,
      json({ authorName: '  ', body: '', parentId: null }, { 'Idempotency-Key': crypto.randomUUID() }),
    )
    expect(invalid.status).toBe(400)
    const orphan = await call(
      'POST',
      '/articles/{slug}/comments',
      `/articles/${seedSlug}/comments`,
      json(
        { authorName: 'A', body: 'B', parentId: 'inexistant' },
        { 'Idempotency-Key': crypto.randomUUID() },
      ),
    )
    expect(orphan.status).toBe(404)

    const changes = await call(
      'GET',
      '/articles/{slug}/comments/changes',
      `/articles/${seedSlug}/comments/changes?since=${since}`,
    )
    expectClientParses(schemas.commentChangesSchema, changes.body)
    expect((changes.body as { items: { id: string }[] }).items.map((item) => item.id)).toContain(id)
    expect(
      (
        await call(
          'GET',
          '/articles/{slug}/comments/changes',
          `/articles/inconnu/comments/changes?since=${since}`,
        )
      ).status,
    ).toBe(404)

    const edited = await call(
      'PATCH',
      '/comments/{id}',
      `/comments/${id}`,
      json({ body: 'Corrigé' }, { 'Edit-Token': editToken }),
    )
    expectClientParses(schemas.commentSchema, edited.body)
    expect(
      (
        await call(
          'PATCH',
          '/comments/{id}',
          `/comments/${id}`,
          json({ body: ' ' }, { 'Edit-Token': editToken }),
        )
      ).status,
    ).toBe(400)
    expect(
      (
        await call(
          'PATCH',
          '/comments/{id}',
          `/comments/${id}`,
          json({ body: 'x' }, { 'Edit-Token': 'faux' }),
        )
      ).status,
    ).toBe(403)
    expect(
      (
        await call(
          'PATCH',
          '/comments/{id}',
          '/comments/inexistant',
          json({ body: 'x' }, { 'Edit-Token': 'x' }),
        )
      ).status,
    ).toBe(404)

    expect(
      (await call('DELETE', '/comments/{id}', `/comments/${id}`, { headers: { 'Edit-Token': 'faux' } }))
        .status,
    ).toBe(403)
    expect(
      (await call('DELETE', '/comments/{id}', `/comments/${id}`, { headers: { 'Edit-Token': editToken } }))
        .status,
    ).toBe(204)
    expect(
      (await call('DELETE', '/comments/{id}', `/comments/${id}`, { headers: { 'Edit-Token': editToken } }))
        .status,
    ).toBe(404)
  })

  test('one comment, editors’ picks, likes and reports (v1.2)', async () => {
    const created = await call(
      'POST',
      '/articles/{slug}/comments',
      `/articles/${seedSlug}/comments`,
      json(
        { authorName: 'Lectrice', body: 'À aimer', parentId: null },
        { 'Idempotency-Key': crypto.randomUUID() },
      ),
    )
    const { id } = created.body as { id: string }
    const one = await call('GET', '/comments/{id}', `/comments/${id}`)
    expectClientParses(schemas.commentSchema, one.body)
    expect((one.body as { id: string }).id).toBe(id)
    expect((await call('GET', '/comments/{id}', '/comments/inexistant')).status).toBe(404)

    const featured = await call(
      'GET',
      '/articles/{slug}/comments/featured',
      `/articles/${seedSlug}/comments/featured`,
    )
    expect(featured.status).toBe(200)
    expect(
      (await call('GET', '/articles/{slug}/comments/featured', '/articles/inconnu/comments/featured')).status,
    ).toBe(404)

    const reader = { 'Reader-Key': crypto.randomUUID() }
    const liked = await call('POST', '/comments/{id}/likes', `/comments/${id}/likes`, { headers: reader })
    expectClientParses(schemas.likeStateSchema, liked.body)
    expect(liked.body).toEqual({ likeCount: 1, liked: true })
    // Once per reader: liking again changes nothing.
    expect(
      (await call('POST', '/comments/{id}/likes', `/comments/${id}/likes`, { headers: reader })).body,
    ).toEqual({
      likeCount: 1,
      liked: true,
    })
    expect((await call('POST', '/comments/{id}/likes', `/comments/${id}/likes`)).status).toBe(400)
    const unliked = await call('DELETE', '/comments/{id}/likes', `/comments/${id}/likes`, { headers: reader })
    expect(unliked.body).toEqual({ likeCount: 0, liked: false })
    expect(
      (await call('DELETE', '/comments/{id}/likes', '/comments/inexistant/likes', { headers: reader }))
        .status,
    ).toBe(404)

    const report = (body: unknown) =>
      call('POST', '/comments/{id}/reports', `/comments/${id}/reports`, json(body, reader))
    expect((await report({ reason: 'spam' })).status).toBe(202)
    expect((await report({ reason: 'ennuyeux' })).status).toBe(400)
    expect((await report({ reason: 'other', note: '  ' })).status).toBe(400)
  })

  test('ratings, authors and categories', async () => {
    const rated = await call(
      'POST',
      '/articles/{slug}/ratings',
      `/articles/${seedSlug}/ratings`,
      json({ value: 4 }),
    )
    expect(rated.body).toEqual({ average: 4, count: 1 })
    expect(
      (await call('POST', '/articles/{slug}/ratings', `/articles/${seedSlug}/ratings`, json({ value: 6 })))
        .status,
    ).toBe(400)
    expect(
      (await call('POST', '/articles/{slug}/ratings', '/articles/inconnu/ratings', json({ value: 3 })))
        .status,
    ).toBe(404)

    expectClientParses(
      schemas.authorSchema,
      (await call('GET', '/authors/{slug}', '/authors/raymond-morin')).body,
    )
    expect((await call('GET', '/authors/{slug}', '/authors/inconnu')).status).toBe(404)
    expectClientParses(schemas.categoryListSchema, (await call('GET', '/categories', '/categories')).body)
  })

  afterAll(() => {
    db.reset()
  })

  test('every operation of the document was exercised', () => {
    const operations = Object.entries(documentPaths).flatMap(([template, item]) =>
      Object.keys(item)
        .filter((key) => ['get', 'post', 'patch', 'delete'].includes(key))
        .map((method) => `${method.toUpperCase()} ${template}`),
    )
    const called = new Set([...exercised].map((entry) => entry.split(' ').slice(0, 2).join(' ')))
    expect(operations.filter((operation) => !called.has(operation))).toEqual([])
  })
})
