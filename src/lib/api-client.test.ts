import { delay, http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { server } from '../../mocks/node'
import { apiRequest, apiUrl, parseRetryAfter } from './api-client'
import { ApiError } from './api-error'
import { adoptEarlyResponses, forgetEarlyResponses } from './early-responses'

const thing = v.object({ name: v.string() })

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

afterEach(() => {
  vi.unstubAllEnvs()
  forgetEarlyResponses()
})

/** What the server received: method, headers and body, as a server log would show them. */
function receive(method: 'get' | 'post' | 'patch' | 'delete', answer: () => Response) {
  const received: {
    method: string
    accept: string | null
    contentType: string | null
    body: string
    custom: string | null
  }[] = []
  server.use(
    http[method]('*/api/thing', async ({ request }) => {
      received.push({
        method: request.method,
        accept: request.headers.get('Accept'),
        contentType: request.headers.get('Content-Type'),
        body: await request.text(),
        custom: request.headers.get('Idempotency-Key'),
      })
      return answer()
    }),
  )
  return received
}

describe('apiRequest', () => {
  test('builds URLs on the base URL, skipping empty parameters but not zero', () => {
    expect(apiUrl('/articles', { page: 2, q: '', category: undefined, author: null }).href).toBe(
      'http://localhost:3000/api/articles?page=2',
    )
    expect(apiUrl('/articles', { page: 0, q: 'a b' }).search).toBe('?page=0&q=a+b')
  })

  test('uses the configured API base URL, trimmed and without trailing slashes, or /api', () => {
    vi.stubEnv('VITE_API_BASE_URL', ' https://api.example.com/v1// ')
    expect(apiUrl('/articles').href).toBe('https://api.example.com/v1/articles')
    vi.stubEnv('VITE_API_BASE_URL', '   ')
    expect(apiUrl('/articles').href).toBe('http://localhost:3000/api/articles')
  })

  test('sends JSON only when there is a body, with the caller’s headers, and asks for JSON', async () => {
    const reads = receive('get', () => HttpResponse.json({ name: 'a' }))
    await apiRequest('/thing', { schema: thing })
    const writes = receive('post', () => HttpResponse.json({ name: 'b' }))
    await apiRequest('/thing', {
      schema: thing,
      method: 'POST',
      body: { value: 4 },
      headers: { 'Idempotency-Key': 'k1' },
    })
    expect(reads).toEqual([
      { method: 'GET', accept: 'application/json', contentType: null, body: '', custom: null },
    ])
    expect(writes).toEqual([
      {
        method: 'POST',
        accept: 'application/json',
        contentType: 'application/json',
        body: '{"value":4}',
        custom: 'k1',
      },
    ])
  })

  test('an answer without a body (204) resolves to nothing when no schema is expected', async () => {
    const deletes = receive('delete', () => new HttpResponse(null, { status: 204 }))
    await expect(apiRequest('/thing', { schema: undefined, method: 'DELETE' })).resolves.toBeUndefined()
    expect(deletes.map((request) => request.method)).toEqual(['DELETE'])
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

  test('an error body that is JSON but not the contract’s shape keeps the status alone', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.json({ message: 'Oups' }, { status: 503 })))
    const error = await failure(apiRequest('/thing', { schema: thing }))
    expect(error).toMatchObject({
      kind: 'http',
      status: 503,
      code: null,
      fields: {},
      retryAfterSeconds: null,
    })
    expect(error.message).toBe('API request failed (http 503)')
    expect(error.isClientError).toBe(false)
  })

  test('a contract error without fields has none, and keeps the server’s message for the logs', async () => {
    server.use(
      http.get('*/api/thing', () =>
        HttpResponse.json({ error: { code: 'not_found', message: 'Article introuvable.' } }, { status: 404 }),
      ),
    )
    const error = await failure(apiRequest('/thing', { schema: thing }))
    expect(error).toMatchObject({ kind: 'http', status: 404, code: 'not_found', fields: {} })
    expect(error.message).toBe('Article introuvable.')
    expect(error.isNotFound).toBe(true)
  })

  test('reads Retry-After on any failed answer, with or without the contract’s body', async () => {
    server.use(
      http.get(
        '*/api/thing',
        () => new HttpResponse('Maintenance', { status: 503, headers: { 'Retry-After': '120' } }),
      ),
    )
    expect(await failure(apiRequest('/thing', { schema: thing }))).toMatchObject({
      status: 503,
      code: null,
      retryAfterSeconds: 120,
    })
  })

  test('an error answer whose body breaks off keeps its status and Retry-After', async () => {
    const cutOff = new ReadableStream({
      start(controller) {
        controller.error(new TypeError('connexion coupée'))
      },
    })
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(new Response(cutOff, { status: 503, headers: { 'Retry-After': '7' } }))),
    )
    expect(await failure(apiRequest('/thing', { schema: thing }))).toMatchObject({
      kind: 'http',
      status: 503,
      code: null,
      retryAfterSeconds: 7,
    })
  })

  test('an answer that says OK but is not JSON is malformed, with its status', async () => {
    server.use(http.post('*/api/thing', () => new HttpResponse('<html>', { status: 201 })))
    expect(await failure(apiRequest('/thing', { schema: thing, method: 'POST', body: {} }))).toMatchObject({
      kind: 'malformed',
      status: 201,
    })
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

  test('treats a body that is not JSON, or not the contract’s shape, as malformed, and says why in the logs', async () => {
    server.use(http.get('*/api/thing', () => HttpResponse.text('pas du JSON')))
    const notJson = await failure(apiRequest('/thing', { schema: thing }))
    expect(notJson).toMatchObject({ kind: 'malformed', status: 200 })
    expect(notJson.cause).toBeInstanceOf(SyntaxError)
    server.use(http.get('*/api/thing', () => HttpResponse.json({ name: null })))
    const wrongShape = await failure(apiRequest('/thing', { schema: thing }))
    expect(wrongShape).toMatchObject({ kind: 'malformed', status: 200 })
    expect(wrongShape.message).toMatch(/^Malformed response for GET \/thing: .*name/s)
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

describe('an answer the page asked for before the app ran (early-responses.ts)', () => {
  test('the caller’s cancellation ends the wait for it at once, as an abort', async () => {
    adoptEarlyResponses({ [apiUrl('/thing').href]: new Promise<Response>(() => {}) })
    const controller = new AbortController()
    const request = apiRequest('/thing', { schema: thing, signal: controller.signal })
    controller.abort()
    await expect(request).rejects.toMatchObject({ name: 'AbortError' })
  })

  test('a request cancelled before it starts does not take it', async () => {
    adoptEarlyResponses({ [apiUrl('/thing').href]: Promise.resolve(Response.json({ name: 'tôt' })) })
    const request = apiRequest('/thing', { schema: thing, signal: AbortSignal.abort() })
    await expect(request).rejects.toMatchObject({ name: 'AbortError' })
  })
})

describe('parseRetryAfter', () => {
  test('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('12')).toBe(12)
    expect(parseRetryAfter('0')).toBe(0)
    expect(parseRetryAfter('1.2')).toBe(2)
    expect(parseRetryAfter('')).toBeNull()
    // Nonsense is never a negative wait.
    expect([0, null]).toContain(parseRetryAfter('-5'))
    // A date already past: try now.
    expect(parseRetryAfter(new Date(Date.UTC(2026, 0, 1)).toUTCString(), Date.UTC(2026, 0, 1, 0, 5))).toBe(0)
    expect(
      parseRetryAfter(
        new Date(Date.UTC(2026, 0, 1, 0, 0, 30)).toUTCString(),
        Date.UTC(2026, 0, 1, 0, 0, 0, 500),
      ),
    ).toBe(30)
    expect(parseRetryAfter(new Date(Date.UTC(2026, 0, 1, 0, 1)).toUTCString(), Date.UTC(2026, 0, 1))).toBe(60)
    expect(parseRetryAfter('bientôt')).toBeNull()
    expect(parseRetryAfter(null)).toBeNull()
  })
})
