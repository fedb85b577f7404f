import { defineScenario } from './scenario.ts'

export const emptyScenario = defineScenario({
  name: 'empty',
  description: 'Aucun article, aucun commentaire : les états vides de la liste et du fil.',
  data: { hidesSeed: true },
})
