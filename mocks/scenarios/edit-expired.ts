import { editWindowClosed } from '../contract/error-responses.ts'
import { defineScenario } from './scenario.ts'

/** Whatever the edit token: even a comment just posted is past its window. */
export const editExpiredScenario = defineScenario({
  name: 'edit-expired',
  description:
    'Le délai de 15 minutes est écoulé pour tous les commentaires : modifier ou supprimer le sien répond 403, les commandes disparaissent avec un message clair.',
  endpoints: [
    { method: 'patch', path: '/comments/:id', answer: editWindowClosed },
    { method: 'delete', path: '/comments/:id', answer: editWindowClosed },
  ],
})
