import { defineScenario } from './scenario.ts'

/** A valid post waits: invalid ones still get their 400 first, as from a real server. */
export const rateLimitedScenario = defineScenario({
  name: 'rate-limited',
  description:
    'Publier répond 429 avec Retry-After : 30 : le délai avant de pouvoir publier, le texte conservé.',
  data: { limits: { comment: 30 } },
})
