/**
 * Every scenario a tester can put the mocked API in, one module each. The QA panel lists them in this
 * order, docs/qa.md documents them (test/readme.test.ts checks it), and where two active scenarios
 * answer the same request, the first listed wins: `post-error` over `post-validation`, `xss` over
 * `huge-html` over `unicode`, a thread scenario over `featured`. The rate limits (`rate-limited`,
 * `report-rate-limited`) come after every other answer, as a server's 429 comes after its 404, 403, 400.
 */
import { article404Scenario } from './article-404.ts'
import { commentsClosedScenario } from './comments-closed.ts'
import { commentsErrorScenario } from './comments-error.ts'
import { deepThreadScenario } from './deep-thread.ts'
import { defaultScenario } from './default.ts'
import { editExpiredScenario } from './edit-expired.ts'
import { emptyScenario } from './empty.ts'
import { featuredScenario } from './featured.ts'
import { flakyScenario } from './flaky.ts'
import { hugeHtmlScenario } from './huge-html.ts'
import { hugeThreadScenario } from './huge-thread.ts'
import { likesErrorScenario } from './likes-error.ts'
import { liveScenario } from './live.ts'
import { malformedScenario } from './malformed.ts'
import { moderatedScenario } from './moderated.ts'
import { offlineScenario } from './offline.ts'
import { postErrorScenario } from './post-error.ts'
import { postValidationScenario } from './post-validation.ts'
import { rateLimitedScenario } from './rate-limited.ts'
import { reportRateLimitedScenario } from './report-rate-limited.ts'
import { slowScenario } from './slow.ts'
import { timeoutScenario } from './timeout.ts'
import { unicodeScenario } from './unicode.ts'
import { xssCorpusScenario } from './xss-corpus.ts'
import { xssScenario } from './xss.ts'

export const SCENARIOS = [
  defaultScenario,
  emptyScenario,
  slowScenario,
  flakyScenario,
  offlineScenario,
  timeoutScenario,
  article404Scenario,
  commentsErrorScenario,
  postErrorScenario,
  rateLimitedScenario,
  postValidationScenario,
  malformedScenario,
  hugeThreadScenario,
  deepThreadScenario,
  xssScenario,
  xssCorpusScenario,
  hugeHtmlScenario,
  liveScenario,
  editExpiredScenario,
  unicodeScenario,
  moderatedScenario,
  commentsClosedScenario,
  featuredScenario,
  likesErrorScenario,
  reportRateLimitedScenario,
] as const

export type ScenarioName = (typeof SCENARIOS)[number]['name']

export const SCENARIO_NAMES: ScenarioName[] = SCENARIOS.map((scenario) => scenario.name)

export function isScenarioName(name: string): name is ScenarioName {
  return SCENARIOS.some((scenario) => scenario.name === name)
}
