import * as v from 'valibot'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { apiRequest, apiUrl } from './api-client'
import { ApiError } from './api-error'
import { adoptEarlyResponses, forgetEarlyResponses } from './early-responses'

const thing = v.object({ name: v.string() })
const answer = (name: string) => Response.json({ name })

afterEach(() => {
  forgetEarlyResponses()
})

describe('answers the page asked for before the app ran', () => {
  test('the API client takes the early answer once, whatever the order of its parameters', async () => {
    const fetch = vi.fn(() => Promise.resolve(answer('fetched')))
    vi.stubGlobal('fetch', fetch)
    adoptEarlyResponses({
      [apiUrl('/thing', { b: 2, a: 1 }).href]: Promise.resolve(answer('early')),
    })
    expect(await apiRequest('/thing', { schema: thing, query: { a: 1, b: 2 } })).toEqual({ name: 'early' })
    expect(fetch).not.toHaveBeenCalled()
    // A second request (a refetch, a retry) asks the network.
    expect(await apiRequest('/thing', { schema: thing, query: { a: 1, b: 2 } })).toEqual({ name: 'fetched' })
    expect(fetch).toHaveBeenCalledOnce()
  })

  test('an early request that failed fails as a fetch would: a network error, retried by a new fetch', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(answer('fetched'))),
    )
    const failed = Promise.reject(new TypeError('Failed to fetch'))
    failed.catch(() => {})
    adoptEarlyResponses({ [apiUrl('/thing').href]: failed })
    await expect(apiRequest('/thing', { schema: thing })).rejects.toMatchObject({ kind: 'network' })
    expect(await apiRequest('/thing', { schema: thing })).toEqual({ name: 'fetched' })
  })

  test('the time limit applies to an early answer too', async () => {
    adoptEarlyResponses({ [apiUrl('/thing').href]: new Promise<Response>(() => {}) })
    const error = await apiRequest('/thing', { schema: thing, timeoutMs: 10 }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ kind: 'timeout' })
  })

  test('a request with its own headers or another method is never given an early answer', async () => {
    const fetch = vi.fn(() => Promise.resolve(answer('fetched')))
    vi.stubGlobal('fetch', fetch)
    adoptEarlyResponses({ [apiUrl('/thing').href]: Promise.resolve(answer('early')) })
    await apiRequest('/thing', { schema: thing, headers: { 'Reader-Key': 'k' } })
    await apiRequest('/thing', { schema: thing, method: 'POST', body: {} })
    expect(fetch).toHaveBeenCalledTimes(2)
  })
})
