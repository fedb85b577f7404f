/**
 * The first handler every API request meets: it applies the scenarios that do not depend on the
 * endpoint (latency, network failures, timeouts, flaky answers, broken contracts, per-endpoint rules)
 * and lets the request through to its resource's handler otherwise.
 */
import { delay, http, HttpResponse } from 'msw'
import { DEFAULT_API_BASE } from '../../src/lib/api-base.ts'
import { db } from '../db.ts'
import { pathMatches, readSettings, type RuleOutcome } from '../scenarios/settings.ts'
import { errorResponse } from './responses.ts'

let answered = 0

const BAD_GATEWAY_PAGE =
  '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>'

/** The part of the URL after the API's base (`/api`). */
export function apiPathOf(url: string): string {
  return new URL(url).pathname.slice(DEFAULT_API_BASE.length)
}

/** Answers that break the contract in the ways real servers do. */
export function malformedResponse(method: string, path: string): Response {
  if (method !== 'GET' || /^\/articles\/[^/]+$/.test(path)) {
    return new HttpResponse(BAD_GATEWAY_PAGE, { status: 502, headers: { 'Content-Type': 'text/html' } })
  }
  if (path === '/articles') return HttpResponse.json({ items: [{ slug: 42, title: null }], page: '1' })
  if (path.endsWith('/comments')) return HttpResponse.json({ items: 'pas une liste', nextCursor: 7 })
  if (path === '/categories') return HttpResponse.json({ categories: [] })
  return HttpResponse.json({ name: 7 })
}

async function answer(outcome: RuleOutcome, method: string, path: string) {
  if (outcome === 'network') return HttpResponse.error()
  if (outcome === 'timeout') {
    await delay('infinite')
    return HttpResponse.error()
  }
  if (outcome === 'malformed') return malformedResponse(method, path)
  if (outcome < 400) return undefined
  const code =
    outcome === 404
      ? 'not_found'
      : outcome === 403
        ? 'forbidden'
        : outcome === 429
          ? 'rate_limited'
          : outcome < 500
            ? 'validation'
            : 'internal'
  return errorResponse(
    outcome,
    code,
    `Réponse ${outcome} simulée.`,
    outcome === 429 ? { headers: { 'Retry-After': '30' } } : {},
  )
}

/**
 * Only the API's own paths: a glob like `*\/api/*` would also catch the dev server's source modules
 * (`/src/features/articles/api/…`), and an `offline` scenario would then break the app's code loading.
 */
const isApiRequest = ({ request }: { request: Request }) =>
  new URL(request.url).pathname.startsWith(`${DEFAULT_API_BASE}/`)

export const scenarioGate = http.all(isApiRequest, async ({ request, cookies }) => {
  const settings = readSettings(request, cookies)
  const has = (name: (typeof settings.scenarios)[number]) => settings.scenarios.includes(name)
  db.setClock(settings.clock)
  const method = request.method.toUpperCase()
  const path = apiPathOf(request.url)
  const rule = settings.rules.find(
    (candidate) =>
      (candidate.method === '*' || candidate.method === method) && pathMatches(candidate.path, path),
  )

  const latency = (has('slow') ? settings.latencyMs : 0) + (rule?.latencyMs ?? 0)
  if (latency > 0) await delay(latency)
  if (rule?.outcome != null) return answer(rule.outcome, method, path)
  if (has('offline')) return HttpResponse.error()
  if (has('timeout')) return answer('timeout', method, path)
  if (has('flaky') && ++answered % 2 === 0)
    return errorResponse(500, 'internal', 'Panne intermittente simulée.')
  if (has('malformed')) return malformedResponse(method, path)
  return undefined
})

/** The QA tools' controls, outside the API's own paths. */
export const mockControlHandlers = [
  http.post('*/__mock/reset', () => {
    db.reset()
    return new HttpResponse(null, { status: 204 })
  }),
  http.post('*/__mock/expire-edits', () => {
    db.expireEditWindows()
    return new HttpResponse(null, { status: 204 })
  }),
]
