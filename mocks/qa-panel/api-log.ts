/** The last API calls of the page (method, path, status, duration), for bug reports. Development only. */
import { DEFAULT_API_BASE } from '../../src/lib/api-base.ts'

export interface ApiCall {
  method: string
  path: string
  status: number | 'erreur réseau' | 'annulée'
  durationMs: number
  at: string
}

const MAX_CALLS = 20
const calls: ApiCall[] = []
const listeners = new Set<() => void>()

export function recentApiCalls(): readonly ApiCall[] {
  return calls
}

export function subscribeToApiCalls(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function record(call: ApiCall) {
  calls.push(call)
  if (calls.length > MAX_CALLS) calls.splice(0, calls.length - MAX_CALLS)
  for (const listener of listeners) listener()
}

/** Wraps `fetch` so every call to the API is logged, whoever answers it (worker or dev server). */
export function installApiLog() {
  const originalFetch = window.fetch.bind(window)
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), window.location.href)
    if (!url.pathname.startsWith(`${DEFAULT_API_BASE}/`)) return originalFetch(input, init)
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()
    const path = `${url.pathname}${url.search}`
    const started = performance.now()
    const at = new Date().toISOString()
    try {
      const response = await originalFetch(input, init)
      record({
        method,
        path,
        status: response.status,
        durationMs: Math.round(performance.now() - started),
        at,
      })
      return response
    } catch (error) {
      const aborted = error instanceof DOMException && error.name === 'AbortError'
      record({
        method,
        path,
        status: aborted ? 'annulée' : 'erreur réseau',
        durationMs: Math.round(performance.now() - started),
        at,
      })
      throw error
    }
  }
}
