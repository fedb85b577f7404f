import { defineScenario } from './scenario.ts'

/** A valid report waits: an invalid one (no key, no reason) still gets its 400 first. */
export const reportRateLimitedScenario = defineScenario({
  name: 'report-rate-limited',
  description:
    'Signaler un commentaire répond 429 avec Retry-After : 60 : le lecteur apprend qu’il doit patienter, et rien n’est signalé.',
  data: { limits: { report: 60 } },
})
