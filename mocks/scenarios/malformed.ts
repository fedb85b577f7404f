import { HttpResponse } from 'msw'
import { defineScenario } from './scenario.ts'

const BAD_GATEWAY_PAGE =
  '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>'

/** Answers that break the contract in the ways real servers do (also a per-endpoint rule's `malformed`). */
export function malformedResponse(method: string, path: string): Response {
  if (method !== 'GET' || /^\/articles\/[^/]+$/.test(path)) {
    return new HttpResponse(BAD_GATEWAY_PAGE, { status: 502, headers: { 'Content-Type': 'text/html' } })
  }
  if (path === '/articles') return HttpResponse.json({ items: [{ slug: 42, title: null }], page: '1' })
  if (path.endsWith('/comments')) return HttpResponse.json({ items: 'pas une liste', nextCursor: 7 })
  if (path === '/categories') return HttpResponse.json({ categories: [] })
  return HttpResponse.json({ name: 7 })
}

export const malformedScenario = defineScenario({
  name: 'malformed',
  description:
    'Réponses hors contrat (champs manquants, mauvais types, page HTML 502) : « réponse illisible » dans la section, pas de plantage.',
  gate: { answer: ({ method, path }) => malformedResponse(method, path) },
})
