import { internalError } from '../contract/error-responses.ts'
import { defineScenario } from './scenario.ts'

export const likesErrorScenario = defineScenario({
  name: 'likes-error',
  description:
    '« J’aime » (et le retirer) répond 500 : le compteur revient à sa valeur et un message le dit.',
  endpoints: [
    { method: 'post', path: '/comments/:id/likes', answer: internalError },
    { method: 'delete', path: '/comments/:id/likes', answer: internalError },
  ],
})
