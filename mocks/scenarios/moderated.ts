import { defineScenario } from './scenario.ts'

/** The site holds every new comment; the QA panel (or `POST /__mock/comments/<id>/approve`) decides. */
export const moderatedScenario = defineScenario({
  name: 'moderated',
  description:
    'Chaque nouveau commentaire est retenu pour modération : son auteur le voit « En attente de modération », personne d’autre. Le panneau QA l’approuve ou le refuse.',
  data: { holdsNewComments: true },
})
