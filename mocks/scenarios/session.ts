/**
 * The browser side of the scenario settings: `?scenario=`, `?latency=`, `?mock-rule=` and
 * `?mock-clock=` on any dev-server URL are kept in session cookies, which every API request then
 * carries (to the service worker and to the dev server alike), until changed or reset.
 */
import { COOKIES, parseRules, parseScenarioList, type EndpointRule, formatRule } from './settings.ts'

const URL_PARAMS = {
  scenario: 'scenario',
  latency: 'latency',
  rules: 'mock-rule',
  clock: 'mock-clock',
} as const

function setCookie(name: string, value: string | null) {
  document.cookie =
    value === null || value === ''
      ? `${name}=; Path=/; Max-Age=0; SameSite=Lax`
      : `${name}=${encodeURIComponent(value)}; Path=/; SameSite=Lax`
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return decodeURIComponent(value.join('='))
  }
  return null
}

export interface SessionSettings {
  scenarios: string[]
  latencyMs: number | null
  rules: EndpointRule[]
  clock: string | null
}

export function readSessionSettings(): SessionSettings {
  const latency = Number(readCookie(COOKIES.latency))
  return {
    scenarios: parseScenarioList(readCookie(COOKIES.scenario)).scenarios,
    latencyMs: Number.isFinite(latency) && latency > 0 ? latency : null,
    rules: parseRules(readCookie(COOKIES.rules)),
    clock: readCookie(COOKIES.clock),
  }
}

export function writeSessionSettings(settings: SessionSettings) {
  setCookie(COOKIES.scenario, settings.scenarios.join(','))
  setCookie(COOKIES.latency, settings.latencyMs === null ? null : String(settings.latencyMs))
  setCookie(COOKIES.rules, settings.rules.map(formatRule).join(';'))
  setCookie(COOKIES.clock, settings.clock)
}

/**
 * Reads the settings in the page's URL into the session, and returns the URL without them (they now
 * live in the session; leaving them would bring them back on every reload).
 */
export function applySettingsFromUrl(url: URL): URL | null {
  const params = url.searchParams
  if (!Object.values(URL_PARAMS).some((name) => params.has(name))) return null
  const current = readSessionSettings()
  const scenario = params.get(URL_PARAMS.scenario)
  const latency = params.get(URL_PARAMS.latency)
  const rules = params.getAll(URL_PARAMS.rules)
  const clock = params.get(URL_PARAMS.clock)
  writeSessionSettings({
    scenarios: scenario === null ? current.scenarios : parseScenarioList(scenario).scenarios,
    latencyMs: latency === null ? current.latencyMs : Number(latency) > 0 ? Number(latency) : null,
    rules: rules.length === 0 ? current.rules : parseRules(rules.join(';')),
    clock: clock === null ? current.clock : clock || null,
  })
  const cleaned = new URL(url)
  for (const name of Object.values(URL_PARAMS)) cleaned.searchParams.delete(name)
  return cleaned
}
