import { delay, http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { describe, expect, test } from 'vitest'
import { server } from '../../mocks/node'
import { apiRequest, apiUrl, parseRetryAfter } from './api-client'
import { ApiError } from './api-error'

const thing = v.object({ name: v.string() })

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('apiRequest', () => {
  test('builds URLs on the base URL, skipping empty parameters', () => {
    expect(apiUrl('/articles', { page: 2, q: '', category: undefined }).href).toBe(
      'http://localhost:3000/api/articles?page=2',
    )
  })

  test('returns data that matches its schema, without unknown fields', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.json({ name: 'ok', extra: true })))
    await expect(apiRequest('/thing', { schema: thing })).resolves.toEqual({ name: 'ok' })
  })

  test('turns the contract’s error body into a typed error', async () => {
    server.use(
      http.post('*/api/thing', () =>
        HttpResponse.json(
          {
            error: {
              code: 'validation',
              message: 'Nom requis',
              fields: { authorName: 'Le nom est obligatoire.' },
            },
          },
          { status: 400 },
        ),
      ),
    )
    const error = await failure(apiRequest('/thing', { schema: thing, method: 'POST', body: {} }))
    expect(error).toMatchObject({
      kind: 'http',
      status: 400,
      code: 'validation',
      fields: { authorName: 'Le nom est obligatoire.' },
    })
    expect(error.isClientError).toBe(true)
  })

  test('survives a proxy’s HTML error page', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.html('<h1>502 Bad Gateway</h1>', { status: 502 })))
    const error = await failure(apiRequest('/thing', { schema: thing }))
    expect(error).toMatchObject({ kind: 'http', status: 502, code: null })
  })

  test('reads Retry-After on a 429', async () => {
    server.use(
      http.get('*/api/thing', () =>
        HttpResponse.json(
          { error: { code: 'rate_limited', message: 'Trop vite' } },
          { status: 429, headers: { 'Retry-After': '30' } },
        ),
      ),
    )
    expect(await failure(apiRequest('/thing', { schema: thing }))).toMatchObject({
      status: 429,
      retryAfterSeconds: 30,
    })
  })

  test('reports a network failure', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.error()))
    expect(await failure(apiRequest('/thing', { schema: thing }))).toMatchObject({
      kind: 'network',
      status: null,
    })
  })

  test('gives up on a request that never answers', async () => {
    server.use(
      http.get('*/api/thing', async () => {
        await delay('infinite')
        return HttpResponse.json({ name: 'trop tard' })
      }),
    )
    expect(await failure(apiRequest('/thing', { schema: thing, timeoutMs: 50 }))).toMatchObject({
      kind: 'timeout',
    })
  })

  test('treats a body that is not JSON, or not the contract’s shape, as malformed', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.text('pas du JSON')))
    expect(await failure(apiRequest('/thing', { schema: thing }))).toMatchObject({ kind: 'malformed' })
    server.use(http.get('*/api/thing', () => HttpResponse.json({ name: null })))
    expect(await failure(apiRequest('/thing', { schema: thing }))).toMatchObject({ kind: 'malformed' })
  })

  test('lets a cancellation by the caller through as an abort, not an API error', async () => {
    server.use(
      http.get('*/api/thing', async () => {
        await delay('infinite')
        return HttpResponse.json({ name: 'x' })
      }),
    )
    const controller = new AbortController()
    const request = apiRequest('/thing', { schema: thing, signal: controller.signal })
    controller.abort()
    await expect(request).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('parseRetryAfter', () => {
  test('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('12')).toBe(12)
    expect(parseRetryAfter(new Date(Date.UTC(2026, 0, 1, 0, 1)).toUTCString(), Date.UTC(2026, 0, 1))).toBe(60)
    expect(parseRetryAfter('bientôt')).toBeNull()
    expect(parseRetryAfter(null)).toBeNull()
  })
})
