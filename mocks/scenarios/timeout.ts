import { defineScenario } from './scenario.ts'

export const timeoutScenario = defineScenario({
  name: 'timeout',
  description:
    'Aucune réponse : après 10 s, un message « Le serveur met trop de temps à répondre » et « Réessayer », jamais de chargement sans fin.',
  gate: { unreachable: 'timeout' },
})
