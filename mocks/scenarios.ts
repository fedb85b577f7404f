/**
 * Scenarios put the mocked API into a state a tester (or a test) needs: failing posts, rate limits…
 * They are chosen per request with the `X-Mock-Scenario` header (comma-separated), or for the whole
 * browser tab with `?scenario=` on any URL of the dev server (kept in sessionStorage).
 */
export const SCENARIO_HEADER = 'X-Mock-Scenario'
const STORAGE_KEY = 'chronique:mock-scenario'
const LATENCY_STORAGE_KEY = 'chronique:mock-latency'

function split(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
}

function browserStorage(): Storage | null {
  return typeof sessionStorage === 'undefined' ? null : sessionStorage
}

export function activeScenarios(request: Request): Set<string> {
  return new Set([
    ...split(request.headers.get(SCENARIO_HEADER)),
    ...split(browserStorage()?.getItem(STORAGE_KEY)),
  ])
}

/** Extra latency for every answer, in ms (`?latency=`), when the `slow` scenario is on. */
export function scenarioLatency(): number {
  const stored = Number(browserStorage()?.getItem(LATENCY_STORAGE_KEY))
  return Number.isFinite(stored) && stored > 0 ? stored : 1500
}

/** Reads `?scenario=` and `?latency=` from the page's URL into the tab's session. */
export function rememberScenarioFromUrl(url: URL) {
  const storage = browserStorage()
  if (!storage) return
  const scenario = url.searchParams.get('scenario')
  if (scenario !== null) {
    if (scenario === '' || scenario === 'default') storage.removeItem(STORAGE_KEY)
    else storage.setItem(STORAGE_KEY, split(scenario).join(','))
  }
  const latency = url.searchParams.get('latency')
  if (latency !== null) storage.setItem(LATENCY_STORAGE_KEY, latency)
}
