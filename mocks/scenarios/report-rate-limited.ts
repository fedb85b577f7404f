import { rateLimited } from '../contract/error-responses.ts'
import { defineScenario } from './scenario.ts'

const RETRY_AFTER_SECONDS = 60

export const reportRateLimitedScenario = defineScenario({
  name: 'report-rate-limited',
  description:
    'Signaler un commentaire répond 429 avec Retry-After : 60 : le lecteur apprend qu’il doit patienter, et rien n’est signalé.',
  endpoints: [
    {
      method: 'post',
      path: '/comments/:id/reports',
      answer: () => rateLimited('Trop de signalements en peu de temps.', RETRY_AFTER_SECONDS),
    },
  ],
})
