import { articleHandlers } from './articles.ts'
import { authorHandlers } from './authors.ts'
import { categoryHandlers } from './categories.ts'
import { commentHandlers } from './comments.ts'
import { mockControlHandlers, scenarioGate } from './scenario-gate.ts'

/**
 * The whole mocked REST API, shared by the dev service worker, the dev server's own middleware, the
 * standalone mock server, the unit tests and the e2e tests. The scenario gate comes first.
 */
export const handlers = [
  scenarioGate,
  ...articleHandlers,
  ...commentHandlers,
  ...authorHandlers,
  ...categoryHandlers,
  ...mockControlHandlers,
]
