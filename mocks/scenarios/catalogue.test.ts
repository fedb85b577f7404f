/** Scenarios combined, and scenario answers next to the resource handlers' own. */
import { describe, expect, test } from 'vitest'
import { SCENARIOS } from './catalogue'

const seedSlug = 'la-transformation-sociale-des-entreprises-le-quebec-toujours-en-gare'

function call(
  path: string,
  scenario: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return fetch(`http://localhost:3000/api${path}`, {
    ...init,
    headers: { 'X-Mock-Scenario': scenario, 'Content-Type': 'application/json', ...init.headers },
  })
}

function post(slug: string, scenario: string) {
  return call(`/articles/${slug}/comments`, scenario, {
    method: 'POST',
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({ authorName: 'Léa', body: 'Bonjour.', parentId: null }),
  })
}

test('every scenario has its own name and a description for the QA panel', () => {
  const names = SCENARIOS.map((scenario) => scenario.name)
  expect(new Set(names).size).toBe(names.length)
  for (const scenario of SCENARIOS) expect(scenario.description.length).toBeGreaterThan(20)
})

describe('where two scenarios answer the same request, the first in the catalogue wins', () => {
  test('posting: post-error, then post-validation, then rate-limited (a 400 comes before a 429, as from any server)', async () => {
    expect((await post(seedSlug, 'post-validation,rate-limited,post-error')).status).toBe(500)
    expect((await post(seedSlug, 'rate-limited,post-validation')).status).toBe(400)
    const limited = await post(seedSlug, 'rate-limited')
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBe('30')
  })

  test('no server at all comes before a flaky one', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      await expect(call('/articles', 'flaky,offline')).rejects.toThrow()
    }
  })

  test('the first article: xss fields over unicode ones, a huge thread over unicode comments', async () => {
    const { items } = (await (await call('/articles?pageSize=1', 'unicode,xss')).json()) as {
      items: { slug: string; title: string }[]
    }
    expect(items[0]?.title).toMatch(/^<img src=x onerror=/)
    const thread = await call(`/articles/${items[0]?.slug}/comments`, 'unicode,huge-thread')
    expect(((await thread.json()) as { total: number }).total).toBe(5000)
  })
})

describe('a scenario answers only for what exists', () => {
  test('posting to a missing article is a 404, even under post-error', async () => {
    expect((await post('article-inexistant', 'post-error')).status).toBe(404)
  })

  test('editing a missing comment is a 404, even under edit-expired', async () => {
    const edit = await call('/comments/c999999', 'edit-expired', {
      method: 'PATCH',
      body: JSON.stringify({ body: 'Modifié.' }),
    })
    expect(edit.status).toBe(404)
  })
})
