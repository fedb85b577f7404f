import { internalError } from '../contract/error-responses.ts'
import { defineScenario } from './scenario.ts'

export const postErrorScenario = defineScenario({
  name: 'post-error',
  description:
    'Publier répond 500 : « Votre commentaire n’a pas été publié », le texte revient dans la zone, « Réessayer ».',
  endpoints: [{ method: 'post', path: '/articles/:slug/comments', answer: internalError }],
})
