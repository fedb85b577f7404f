/** The scenarios as the API answers them (the e2e tests check what the reader then sees). */
import { describe, expect, test } from 'vitest'
import { db } from '../db'

const seedSlug = 'la-transformation-sociale-des-entreprises-le-quebec-toujours-en-gare'

function get(path: string, scenario: string) {
  return fetch(`http://localhost:3000/api${path}`, { headers: { 'X-Mock-Scenario': scenario } })
}

describe('scenarios', () => {
  test('empty: no articles, no comments', async () => {
    expect(await (await get('/articles', 'empty')).json()).toMatchObject({ items: [], total: 0 })
    expect((await get(`/articles/${seedSlug}`, 'empty')).status).toBe(404)
  })

  test('article-404 and comments-error hit their endpoint only', async () => {
    expect((await get(`/articles/${seedSlug}`, 'article-404')).status).toBe(404)
    expect((await get('/articles', 'article-404')).status).toBe(200)
    expect((await get(`/articles/${seedSlug}/comments`, 'comments-error')).status).toBe(500)
    expect((await get(`/articles/${seedSlug}`, 'comments-error')).status).toBe(200)
  })

  test('huge-thread gives the first article 5,000 comments, nested, in pages', async () => {
    const page = (await (await get(`/articles/${seedSlug}/comments?limit=100`, 'huge-thread')).json()) as {
      total: number
      nextCursor: string | null
      items: { replies: unknown[] }[]
    }
    expect(page.total).toBe(5000)
    expect(page.nextCursor).not.toBeNull()
    expect(page.items.some((comment) => comment.replies.length > 0)).toBe(true)
  })

  test('deep-thread nests replies 50 levels deep', async () => {
    type Node = { replies: Node[] }
    const { items } = (await (await get(`/articles/${seedSlug}/comments`, 'deep-thread')).json()) as {
      items: Node[]
    }
    let depth = 0
    for (let node = items[0]; node?.replies[0]; node = node.replies[0]) depth++
    expect(depth).toBe(50)
  })

  test('malformed answers break the contract, and a 502 is an HTML page', async () => {
    expect(await (await get('/articles', 'malformed')).json()).not.toHaveProperty('total')
    const article = await get(`/articles/${seedSlug}`, 'malformed')
    expect(article.status).toBe(502)
    expect(article.headers.get('Content-Type')).toContain('text/html')
  })

  test('offline fails like a network error', async () => {
    await expect(get('/articles', 'offline')).rejects.toThrow()
  })

  test('a per-endpoint rule answers only its endpoint', async () => {
    const rule = { 'X-Mock-Rules': 'POST /articles/*/comments 503' }
    const post = await fetch(`http://localhost:3000/api/articles/${seedSlug}/comments`, {
      method: 'POST',
      headers: { ...rule, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ authorName: 'A', body: 'B', parentId: null }),
    })
    expect(post.status).toBe(503)
    expect(
      (await fetch(`http://localhost:3000/api/articles/${seedSlug}/comments`, { headers: rule })).status,
    ).toBe(200)
  })

  test('the reset control brings the seed data back', async () => {
    await fetch(`http://localhost:3000/api/articles/${seedSlug}/ratings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ value: 5 }),
    })
    expect(db.findArticle(seedSlug)?.rating.count).toBe(1)
    expect((await fetch('http://localhost:3000/__mock/reset', { method: 'POST' })).status).toBe(204)
    expect(db.findArticle(seedSlug)?.rating.count).toBe(0)
  })
})
