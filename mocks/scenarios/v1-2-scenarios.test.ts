/** The scenarios of contract v1.1 and v1.2, as the API answers them (the e2e tests check what readers see). */
import { describe, expect, test } from 'vitest'
import type { Comment, NewComment } from '../../src/lib/api-schemas'
import { db } from '../db'

interface Page {
  items: Comment[]
  total: number
}

const API = 'http://localhost:3000/api'

function call(
  path: string,
  scenario: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
) {
  return fetch(`${API}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'X-Mock-Scenario': scenario, 'Content-Type': 'application/json', ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  })
}

async function firstArticle(scenario: string) {
  const { items } = (await (await call('/articles?pageSize=1', scenario)).json()) as {
    items: { slug: string }[]
  }
  return items[0]!.slug
}

function post(slug: string, scenario: string, body = 'Bonjour.') {
  return call(`/articles/${slug}/comments`, scenario, {
    method: 'POST',
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    body: { authorName: 'Léa', body, parentId: null },
  })
}

describe('moderated', () => {
  test('a new comment is held: only its author sees it, until the QA control approves or refuses it', async () => {
    const slug = await firstArticle('moderated')
    const before = (await (await call(`/articles/${slug}/comments?sort=newest`, 'moderated')).json()) as Page
    const held = (await (await post(slug, 'moderated')).json()) as NewComment
    expect(held.status).toBe('pending')
    const since = new Date(Date.now() - 1000).toISOString()
    const listed = (await (await call(`/articles/${slug}/comments?sort=newest`, 'moderated')).json()) as Page
    expect([listed.total, listed.items.some((item) => item.id === held.id)]).toEqual([before.total, false])
    expect((await call(`/comments/${held.id}`, 'moderated')).status).toBe(404)
    const mine = await call(`/comments/${held.id}`, 'moderated', {
      headers: { 'Edit-Token': held.editToken },
    })
    expect(((await mine.json()) as Comment).status).toBe('pending')
    expect(await (await fetch('http://localhost:3000/__mock/held-comments')).json()).toEqual([
      expect.objectContaining({ id: held.id, authorName: 'Léa', body: 'Bonjour.' }),
    ])

    const approve = (id: string) =>
      fetch(`http://localhost:3000/__mock/comments/${id}/approve`, { method: 'POST' })
    expect((await approve(held.id)).status).toBe(204)
    expect((await approve(held.id)).status).toBe(404)
    const after = (await (await call(`/articles/${slug}/comments?sort=newest`, 'moderated')).json()) as Page
    expect(after.total).toBe(before.total + 1)
    const feed = (await (
      await call(`/articles/${slug}/comments/changes?since=${since}`, 'moderated')
    ).json()) as Page
    expect(feed.items.map((item) => [item.id, item.status])).toEqual([[held.id, 'published']])

    const refused = (await (await post(slug, 'moderated', 'Refusé.')).json()) as NewComment
    const reject = await fetch(`http://localhost:3000/__mock/comments/${refused.id}/reject`, {
      method: 'POST',
    })
    expect(reject.status).toBe(204)
    const gone = await call(`/comments/${refused.id}`, 'moderated', {
      headers: { 'Edit-Token': refused.editToken },
    })
    expect(gone.status).toBe(404)
    expect(db.heldComments()).toEqual([])
  })
})

describe('comments-closed', () => {
  test('the first thread reads in full; posting to it answers 403 comments_closed, elsewhere 201', async () => {
    const { items } = (await (await call('/articles?pageSize=2', 'comments-closed')).json()) as {
      items: { slug: string }[]
    }
    const [closed, open] = items.map((item) => item.slug)
    const article = (await (await call(`/articles/${closed}`, 'comments-closed')).json()) as {
      commentsOpen: boolean
    }
    expect(article.commentsOpen).toBe(false)
    expect((await call(`/articles/${closed}/comments`, 'comments-closed')).status).toBe(200)
    const refused = await post(closed!, 'comments-closed')
    expect([refused.status, ((await refused.json()) as { error: { code: string } }).error.code]).toEqual([
      403,
      'comments_closed',
    ])
    expect((await post(open!, 'comments-closed')).status).toBe(201)
  })
})

describe('featured', () => {
  test('three picks oldest first, badges from the data: none for "Rédaction" or the author’s name', async () => {
    const slug = await firstArticle('featured')
    const { author } = (await (await call(`/articles/${slug}`, 'featured')).json()) as {
      author: { name: string }
    }
    const picks = (await (await call(`/articles/${slug}/comments/featured`, 'featured')).json()) as Page
    expect(picks.items.map((item) => [item.authorName, item.featured, item.replies])).toEqual([
      ['Marie-Claude Vachon', true, []],
      ['Hugo Bernier', true, []],
      ['Amina Diallo', true, []],
    ])
    const thread = (await (await call(`/articles/${slug}/comments`, 'featured')).json()) as Page
    const everyone = thread.items.flatMap((item) => [item, ...item.replies])
    const badgeOf = (name: string, body: RegExp) =>
      everyone.find((item) => item.authorName === name && body.test(item.body))?.authorBadge
    expect(badgeOf(author.name, /^Merci pour ce témoignage/)).toBe('author')
    expect(badgeOf(author.name, /^Homonyme/)).toBeNull()
    expect(badgeOf('Rédaction', /./)).toBeNull()
    expect(badgeOf('Josée Tremblay', /./)).toBe('staff')
  })
})

describe('likes-error and report-rate-limited', () => {
  const seedSlug = 'la-transformation-sociale-des-entreprises-le-quebec-toujours-en-gare'

  test('liking answers 500; an unknown comment is still a 404', async () => {
    const [comment] = ((await (await call(`/articles/${seedSlug}/comments`, 'likes-error')).json()) as Page)
      .items
    const key = { 'Reader-Key': crypto.randomUUID() }
    for (const method of ['POST', 'DELETE']) {
      expect(
        (await call(`/comments/${comment!.id}/likes`, 'likes-error', { method, headers: key })).status,
      ).toBe(500)
    }
    expect(
      (await call('/comments/c999999/likes', 'likes-error', { method: 'POST', headers: key })).status,
    ).toBe(404)
  })

  test('reporting answers 429 with Retry-After: 60, and nothing is reported', async () => {
    const [comment] = (
      (await (await call(`/articles/${seedSlug}/comments`, 'report-rate-limited')).json()) as Page
    ).items
    const report = await call(`/comments/${comment!.id}/reports`, 'report-rate-limited', {
      method: 'POST',
      headers: { 'Reader-Key': crypto.randomUUID() },
      body: { reason: 'spam' },
    })
    expect([report.status, report.headers.get('Retry-After')]).toEqual([429, '60'])
    expect(db.reportsOf(comment!.id)).toEqual([])
  })
})
