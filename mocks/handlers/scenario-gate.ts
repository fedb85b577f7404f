/**
 * The first handler every API request meets: it applies what does not depend on the endpoint (the
 * active scenarios' `gate`: latency, network failures, timeouts, flaky or broken answers) and the
 * per-endpoint rules, and lets the request through to the next handlers otherwise.
 */
import { delay, http, HttpResponse } from 'msw'
import { DEFAULT_API_BASE } from '../../src/lib/api-base.ts'
import { errorResponse, notFound } from '../contract/error-responses.ts'
import { db } from '../db.ts'
import { activeScenarios } from '../scenarios/active-scenarios.ts'
import { malformedResponse } from '../scenarios/malformed.ts'
import type { GateRequest } from '../scenarios/scenario.ts'
import { pathMatches, readSettings, type RuleOutcome } from '../scenarios/settings.ts'
import type { StoredComment } from '../store/stored-comment.ts'

/** The part of the URL after the API's base (`/api`). */
function apiPathOf(url: string): string {
  return new URL(url).pathname.slice(DEFAULT_API_BASE.length)
}

async function unreachable(how: 'network' | 'timeout') {
  if (how === 'timeout') await delay('infinite')
  return HttpResponse.error()
}

function ruleAnswer(outcome: RuleOutcome, { method, path }: GateRequest) {
  if (outcome === 'network' || outcome === 'timeout') return unreachable(outcome)
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
  db.setClock(settings.clock)
  const gate: GateRequest = {
    method: request.method.toUpperCase(),
    path: apiPathOf(request.url),
    latencyMs: settings.latencyMs,
  }
  const rule = settings.rules.find(
    (candidate) =>
      (candidate.method === '*' || candidate.method === gate.method) &&
      pathMatches(candidate.path, gate.path),
  )
  const behaviours = activeScenarios(settings).flatMap((scenario) => scenario.gate ?? [])

  const latency = behaviours.reduce((sum, { delayMs }) => sum + (delayMs?.(gate) ?? 0), rule?.latencyMs ?? 0)
  if (latency > 0) await delay(latency)
  if (rule?.outcome != null) return ruleAnswer(rule.outcome, gate)
  const cutOff = behaviours.find((behaviour) => behaviour.unreachable)?.unreachable
  if (cutOff) return unreachable(cutOff)
  for (const behaviour of behaviours) {
    const answer = behaviour.answer?.(gate)
    if (answer) return answer
  }
  return undefined
})

/** A held comment as the QA panel lists it. */
export interface HeldComment {
  id: string
  articleSlug: string
  authorName: string
  body: string
  createdAt: string
}

/** An editor's decision on a held comment: 204, or 404 when no comment waits under that id. */
function moderate(id: unknown, decide: (comment: StoredComment) => void) {
  const comment = db.findComment(String(id))
  if (comment?.status !== 'pending' || comment.removed) return notFound('Commentaire en attente')
  decide(comment)
  return new HttpResponse(null, { status: 204 })
}

/** The QA tools' controls, outside the API's own paths: what a server's staff would do. */
export const mockControlHandlers = [
  http.post('*/__mock/reset', () => {
    db.reset()
    return new HttpResponse(null, { status: 204 })
  }),
  http.post('*/__mock/expire-edits', () => {
    db.expireEditWindows()
    return new HttpResponse(null, { status: 204 })
  }),
  http.get('*/__mock/held-comments', () =>
    HttpResponse.json(
      db.heldComments().map(({ id, articleSlug, authorName, body, createdAt }): HeldComment => ({
        id,
        articleSlug,
        authorName,
        body,
        createdAt,
      })),
    ),
  ),
  http.post('*/__mock/comments/:id/approve', ({ params }) =>
    moderate(params.id, (comment) => db.approveComment(comment)),
  ),
  http.post('*/__mock/comments/:id/reject', ({ params }) =>
    moderate(params.id, (comment) => db.rejectComment(comment)),
  ),
]
