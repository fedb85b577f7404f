import { defineScenario } from './scenario.ts'

/** No scenario at all: `?scenario=default` clears the others. */
export const defaultScenario = defineScenario({
  name: 'default',
  description: 'L’API normale, avec les données de départ.',
})
