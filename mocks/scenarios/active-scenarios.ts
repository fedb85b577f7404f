/** The scenarios a request runs under, and the data as they show it. */
import { SCENARIOS } from './catalogue.ts'
import type { Scenario } from './scenario.ts'
import { readSettings, type MockSettings } from './settings.ts'
import { worldFor, type World } from './world.ts'

/** In the catalogue's order, whatever the order the tester named them in. */
export function activeScenarios(settings: MockSettings): Scenario[] {
  return SCENARIOS.filter((scenario) => settings.scenarios.includes(scenario.name))
}

export function worldUnder(settings: MockSettings): World {
  return worldFor(activeScenarios(settings).flatMap((scenario) => scenario.data ?? []))
}

/** The data as this request's scenarios show it. */
export function worldOf({ request, cookies }: { request: Request; cookies: Record<string, string> }): World {
  return worldUnder(readSettings(request, cookies))
}
