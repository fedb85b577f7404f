import { notFound } from '../contract/error-responses.ts'
import { defineScenario } from './scenario.ts'

export const article404Scenario = defineScenario({
  name: 'article-404',
  description:
    'Chaque article répond 404 : « Article introuvable » et un lien vers l’accueil ; la liste fonctionne.',
  endpoints: [{ method: 'get', path: '/articles/:slug', answer: () => notFound('Article') }],
})
