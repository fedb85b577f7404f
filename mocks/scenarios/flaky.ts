import { errorResponse } from '../contract/error-responses.ts'
import { defineScenario } from './scenario.ts'

/** Counted across requests, whichever endpoint: every second one that reaches the scenario fails. */
let answered = 0

export const flakyScenario = defineScenario({
  name: 'flaky',
  description:
    'Une requête sur deux échoue (500) : l’erreur reste dans sa section, « Réessayer » finit par passer.',
  gate: {
    answer: () =>
      ++answered % 2 === 0 ? errorResponse(500, 'internal', 'Panne intermittente simulée.') : undefined,
  },
})
