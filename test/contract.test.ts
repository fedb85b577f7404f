/**
 * The mocks cannot drift from the contract: every endpoint of docs/openapi.json is called through the
 * shared handlers, and every answer must match the document's schema for its status — and parse with
 * the client's own run-time schemas, so the app and the document agree too.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import * as v from 'valibot'
import { afterAll, describe, expect, test } from 'vitest'
import openapi from '../docs/openapi.json'
import { db } from '../mocks/db'
import * as schemas from '../src/lib/api-schemas'

const DOC_ID = 'openapi.json'
const ORIGIN = 'http://localhost:3000/api'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Makes the document's internal refs absolute so any part of it can be compiled on its own. */
function absoluteRefs(node: Json): Json {
  if (Array.isArray(node)) return node.map(absoluteRefs)
  if (node && typeof node === 'object') {
    return Object.fromEntries(
      Object.entries(node).map(([key, value]) => [
        key,
        key === '$ref' && typeof value === 'string' && value.startsWith('#/')
          ? `${DOC_ID}${value}`
          : absoluteRefs(value),
      ]),
    )
  }
  return node
}

const document = absoluteRefs(openapi as unknown as Json) as { [key: string]: Json }
const documentPaths = document.paths as Record<string, Record<string, Json>>
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema(document, DOC_ID)

function resolve(node: Json): Record<string, Json> {
  const object = node as Record<string, Json>
  const ref = object.$ref
  if (typeof ref !== 'string') return object
  const pointer = ref.slice(`${DOC_ID}#/`.length).split('/')
  return pointer.reduce<Json>(
    (current, part) => (current as Record<string, Json>)[part] as Json,
    document,
  ) as Record<string, Json>
}

const exercised = new Set<string>()

async function call(method: string, template: string, path: string, init: RequestInit = {}) {
  const response = await fetch(`${ORIGIN}${path}`, { method, ...init })
  const operation = documentPaths[template]?.[method.toLowerCase()]
  if (!operation) throw new Error(`${method} ${template} is not in docs/openapi.json`)
  const documented = resolve(
    (operation as Record<string, Record<string, Json>>).responses?.[String(response.status)] ?? null,
  )
  expect(
    documented,
    `${method} ${template} answered ${response.status}, which the document does not list`,
  ).toBeTruthy()
  exercised.add(`${method} ${template} ${response.status}`)

  const text = await response.text()
  const content = documented.content as Record<string, { schema: Json }> | undefined
  const schema = content?.['application/json']?.schema
  if (!schema) {
    expect(text).toBe('')
    return { status: response.status, body: null as unknown, headers: response.headers }
  }
  const body: unknown = JSON.parse(text)
  const validate = ajv.compile(schema as object)
  expect(validate(body), `${method} ${path} ${response.status}: ${ajv.errorsText(validate.errors)}`).toBe(
    true,
  )
  return { status: response.status, body, headers: response.headers }
}

function expectClientParses(schema: v.GenericSchema, body: unknown) {
  const result = v.safeParse(schema, body)
  expect(result.success, result.success ? '' : v.summarize(result.issues)).toBe(true)
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  body: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json', ...headers },
})

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
