import { defineScenario } from './scenario.ts'

export const slowScenario = defineScenario({
  name: 'slow',
  description:
    'Chaque réponse arrive après un délai (`?latency=` en ms, 1500 par défaut) : squelettes et barre de chargement, puis le contenu.',
  gate: { delayMs: ({ latencyMs }) => latencyMs },
})
