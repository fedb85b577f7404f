import { articleHandlers } from './articles.ts'
import { authorHandlers } from './authors.ts'
import { categoryHandlers } from './categories.ts'
import { commentHandlers } from './comments.ts'
import { oneCommentHandlers } from './one-comment.ts'
import { reactionHandlers } from './reactions.ts'
import { mockControlHandlers, scenarioGate } from './scenario-gate.ts'
import { scenarioAnswers } from './scenario-answers.ts'

/**
 * The whole mocked REST API, shared by the dev service worker, the dev server's own middleware, the
 * standalone mock server, the unit tests and the e2e tests. The scenario gate comes first, then the
 * scenarios' own answers for one endpoint, then the resource handlers, which know no scenario.
 */
export const handlers = [
  scenarioGate,
  ...scenarioAnswers,
  ...articleHandlers,
  ...commentHandlers,
  ...oneCommentHandlers,
  ...reactionHandlers,
  ...authorHandlers,
  ...categoryHandlers,
  ...mockControlHandlers,
]
