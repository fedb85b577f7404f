/**
 * The only place in the app that calls `fetch`. It adds the base URL, a time limit, and turns every
 * outcome into either data that matches its schema or an `ApiError`.
 */
import * as v from 'valibot'
import { normaliseApiBase } from './api-base'
import { ApiError } from './api-error'
import { apiErrorBodySchema } from './api-schemas'
import { takeEarlyResponse } from './early-responses'

export const REQUEST_TIMEOUT_MS = 10_000

type QueryValue = string | number | null | undefined

interface ApiRequestOptions<TSchema extends v.GenericSchema | undefined> {
  /** Validates the success body; `undefined` for answers without one (204). */
  schema: TSchema
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  query?: Record<string, QueryValue>
  body?: unknown
  headers?: Record<string, string>
  /** Cancellation from the caller (React Query passes one per query). */
  signal?: AbortSignal
  timeoutMs?: number
}

type ApiResult<TSchema> = TSchema extends v.GenericSchema ? v.InferOutput<TSchema> : undefined

export function apiBaseUrl(): string {
  return normaliseApiBase(import.meta.env.VITE_API_BASE_URL)
}

/** Resolves against the document so a relative base (`/api`) and an absolute one both work. */
export function apiUrl(path: string, query: Record<string, QueryValue> = {}): URL {
  const url = new URL(`${apiBaseUrl()}${path}`, document.baseURI)
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, String(value))
  }
  return url
}

export async function apiRequest<TSchema extends v.GenericSchema | undefined>(
  path: string,
  {
    schema,
    method = 'GET',
    query,
    body,
    headers,
    signal,
    timeoutMs = REQUEST_TIMEOUT_MS,
  }: ApiRequestOptions<TSchema>,
): Promise<ApiResult<TSchema>> {
  const timeout = AbortSignal.timeout(timeoutMs)
  const combinedSignal = signal ? AbortSignal.any([signal, timeout]) : timeout

  const url = apiUrl(path, query)
  // A GET the page already started before the app ran (early-responses.ts): its answer, not a new one.
  const early = method === 'GET' && headers === undefined ? takeEarlyResponse(url) : undefined
  let response: Response
  try {
    response = await (early
      ? untilAborted(early, combinedSignal)
      : fetch(url, {
          method,
          headers: {
            Accept: 'application/json',
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...headers,
          },
          body: body === undefined ? null : JSON.stringify(body),
          signal: combinedSignal,
        }))
  } catch (error) {
    // A cancellation asked for by the caller is not a failure: let React Query see the AbortError.
    if (signal?.aborted) throw error
    if (timeout.aborted) throw new ApiError({ kind: 'timeout', cause: error })
    throw new ApiError({ kind: 'network', cause: error })
  }

  if (!response.ok) throw await toApiError(response)

  if (schema === undefined) return undefined as ApiResult<TSchema>

  const data = await readJson(response)
  const parsed = v.safeParse(schema, data)
  if (!parsed.success) {
    throw new ApiError({
      kind: 'malformed',
      status: response.status,
      serverMessage: `Malformed response for ${method} ${path}: ${v.summarize(parsed.issues)}`,
    })
  }
  return parsed.output as ApiResult<TSchema>
}

/** `promise`, or the signal's reason as soon as it aborts (an early request cannot be cancelled). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason as Error)
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason as Error)
    signal.addEventListener('abort', abort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort))
  })
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json()
  } catch (error) {
    throw new ApiError({ kind: 'malformed', status: response.status, cause: error })
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'))
  // Proxies answer with HTML pages: only trust a body that has the contract's error shape.
  const text = await response.text().catch(() => '')
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    // Not JSON: keep the status alone.
  }
  const parsed = v.safeParse(apiErrorBodySchema, json)
  if (!parsed.success) return new ApiError({ kind: 'http', status: response.status, retryAfterSeconds })
  const { code, message, fields } = parsed.output.error
  return new ApiError({
    kind: 'http',
    status: response.status,
    code,
    serverMessage: message,
    ...(fields ? { fields } : {}),
    retryAfterSeconds,
  })
}

/** `Retry-After` is either a number of seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null
  const seconds = Number(header)
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds)
  const date = Date.parse(header)
  if (Number.isNaN(date)) return null
  return Math.max(0, Math.ceil((date - now) / 1000))
}
