import { errorResponse } from '../contract/error-responses.ts'
import { defineScenario } from './scenario.ts'

/** Errors the form cannot foresee (the server's own rules), on both fields. */
export const postValidationScenario = defineScenario({
  name: 'post-validation',
  description:
    'Publier répond 400 avec des erreurs par champ : elles s’affichent sous les champs, le premier reçoit le focus.',
  endpoints: [
    {
      method: 'post',
      path: '/articles/:slug/comments',
      answer: () =>
        errorResponse(400, 'validation', 'Le commentaire n’a pas pu être publié.', {
          fields: {
            authorName: 'Ce nom est déjà utilisé par un autre lecteur.',
            body: 'Ce commentaire contient un lien refusé par la modération.',
          },
        }),
    },
  ],
})
