import { defineScenario } from './scenario.ts'

export const offlineScenario = defineScenario({
  name: 'offline',
  description:
    'Toutes les requêtes échouent comme sans réseau : « Impossible de joindre le serveur » et « Réessayer » dans chaque section.',
  gate: { unreachable: 'network' },
})
