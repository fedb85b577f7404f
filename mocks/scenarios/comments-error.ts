import { internalError } from '../contract/error-responses.ts'
import { defineScenario } from './scenario.ts'

export const commentsErrorScenario = defineScenario({
  name: 'comments-error',
  description:
    'Le fil de commentaires répond 500 : erreur et « Réessayer » dans la section des commentaires, l’article reste lisible.',
  endpoints: [{ method: 'get', path: '/articles/:slug/comments', answer: internalError }],
})
