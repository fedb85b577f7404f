/**
 * How a request says which scenarios apply: cookies set by `?scenario=` on the dev server (so the
 * service worker and the dev server's own middleware both see them), or per request for the standalone
 * mock API: the `X-Mock-Scenario` header or a `scenario` query parameter. Same for the latency, the
 * per-endpoint rules and the frozen clock.
 */
import { isScenarioName, type ScenarioName } from './catalogue.ts'

export const COOKIES = {
  scenario: 'chronique-mock-scenario',
  latency: 'chronique-mock-latency',
  rules: 'chronique-mock-rules',
  clock: 'chronique-mock-clock',
} as const

export const HEADERS = {
  scenario: 'X-Mock-Scenario',
  latency: 'X-Mock-Latency',
  rules: 'X-Mock-Rules',
  clock: 'X-Mock-Clock',
} as const

export const DEFAULT_LATENCY_MS = 1500

export type RuleOutcome = number | 'network' | 'timeout' | 'malformed'

/** "Only this endpoint answers this way": e.g. `POST /articles/*\/comments 503 3000`. */
export interface EndpointRule {
  method: string
  /** An API path after the base URL; `*` matches one segment. */
  path: string
  outcome: RuleOutcome | null
  latencyMs: number
}

export interface MockSettings {
  scenarios: ScenarioName[]
  unknownScenarios: string[]
  latencyMs: number
  rules: EndpointRule[]
  /** A fixed "now" (epoch ms), or null for the real clock. */
  clock: number | null
}

const METHODS = new Set(['GET', 'POST', 'PATCH', 'DELETE', '*'])

export function parseScenarioList(value: string | null | undefined): {
  scenarios: ScenarioName[]
  unknown: string[]
} {
  const scenarios: ScenarioName[] = []
  const unknown: string[] = []
  for (const raw of (value ?? '').split(',')) {
    const name = raw.trim().toLowerCase()
    if (!name) continue
    if (!isScenarioName(name)) unknown.push(name)
    else if (name !== 'default' && !scenarios.includes(name)) scenarios.push(name)
  }
  return { scenarios, unknown }
}

/** One rule per `;`: `METHOD PATH OUTCOME [LATENCY]`, outcome a status, `network`, `timeout`, `malformed` or `-`. */
export function parseRules(value: string | null | undefined): EndpointRule[] {
  const rules: EndpointRule[] = []
  for (const raw of (value ?? '').split(';')) {
    const [method = '', path = '', outcome = '-', latency = '0', ...rest] = raw.trim().split(/\s+/)
    if (rest.length > 0 || !METHODS.has(method.toUpperCase()) || !path.startsWith('/')) continue
    const latencyMs = Number(latency)
    const parsedOutcome = parseOutcome(outcome)
    if (parsedOutcome === undefined || !Number.isFinite(latencyMs) || latencyMs < 0) continue
    rules.push({ method: method.toUpperCase(), path, outcome: parsedOutcome, latencyMs })
  }
  return rules
}

function parseOutcome(value: string): RuleOutcome | null | undefined {
  if (value === '-') return null
  if (value === 'network' || value === 'timeout' || value === 'malformed') return value
  const status = Number(value)
  return Number.isInteger(status) && status >= 200 && status <= 599 ? status : undefined
}

export function formatRule(rule: EndpointRule): string {
  return [rule.method, rule.path, rule.outcome ?? '-', String(rule.latencyMs)].join(' ')
}

function parseLatency(value: string | null | undefined): number {
  const latency = Number(value)
  return value && Number.isFinite(latency) && latency >= 0 ? Math.min(latency, 60_000) : DEFAULT_LATENCY_MS
}

function parseClock(value: string | null | undefined): number | null {
  if (!value) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : time
}

/** The settings a request carries: its own header or query parameter first, then the session's cookies. */
export function readSettings(request: Request, cookies: Record<string, string>): MockSettings {
  const url = new URL(request.url)
  const pick = (header: string, query: string, cookie: string) =>
    request.headers.get(header) ?? url.searchParams.get(query) ?? cookies[cookie] ?? null
  const { scenarios, unknown } = parseScenarioList(pick(HEADERS.scenario, 'scenario', COOKIES.scenario))
  return {
    scenarios,
    unknownScenarios: unknown,
    latencyMs: parseLatency(pick(HEADERS.latency, 'latency', COOKIES.latency)),
    rules: parseRules(pick(HEADERS.rules, 'mock-rule', COOKIES.rules)),
    clock: parseClock(pick(HEADERS.clock, 'mock-clock', COOKIES.clock)),
  }
}

/** Whether a rule's path pattern matches an API path (`*` is one segment). */
export function pathMatches(pattern: string, path: string): boolean {
  const patternParts = pattern.replace(/\/+$/, '').split('/')
  const pathParts = path.replace(/\/+$/, '').split('/')
  return (
    patternParts.length === pathParts.length &&
    patternParts.every((part, index) => part === '*' || part === pathParts[index])
  )
}
