import { rateLimited } from '../contract/error-responses.ts'
import { defineScenario } from './scenario.ts'

const RETRY_AFTER_SECONDS = 30

export const rateLimitedScenario = defineScenario({
  name: 'rate-limited',
  description:
    'Publier répond 429 avec Retry-After : 30 : le délai avant de pouvoir publier, le texte conservé.',
  endpoints: [
    {
      method: 'post',
      path: '/articles/:slug/comments',
      answer: () => rateLimited('Trop de commentaires en peu de temps.', RETRY_AFTER_SECONDS),
    },
  ],
})
