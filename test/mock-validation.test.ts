/**
 * The mocked API validates like the real server, one rule at a time: each request below is valid but
 * for the one thing under test, so a rule that quietly stops being checked is noticed (a request broken
 * in two ways at once would still be refused by the other rule). Every answer is also checked against
 * docs/openapi.json.
 */
import { describe, expect, test } from 'vitest'
import { db } from '../mocks/db'
import { API_ORIGIN, call, json } from './openapi-contract'
import { articleWithoutComments, busiestArticle, topLevelComments } from './seed-lookup'

const seedSlug = 'la-transformation-sociale-des-entreprises-le-quebec-toujours-en-gare'
const COMMENTS = '/articles/{slug}/comments'
const CHANGES = '/articles/{slug}/comments/changes'
const ONE = '/comments/{id}'

interface ErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> }
}

interface NewCommentBody {
  id: string
  parentId: string | null
  authorName: string
  body: string
  editToken: string
}

interface CommentPageBody {
  items: { id: string; body: string; replies: unknown[]; deleted?: boolean }[]
  nextCursor: string | null
  total: number
}

const validComment = { authorName: 'Lectrice', body: 'Un commentaire', parentId: null }

function post(fields: Record<string, unknown>, slug = seedSlug, key: string | null = crypto.randomUUID()) {
  return call(
    'POST',
    COMMENTS,
    `/articles/${slug}/comments`,
    json({ ...validComment, ...fields }, key === null ? {} : { 'Idempotency-Key': key }),
  )
}

async function postValid(fields: Record<string, unknown> = {}) {
  const answer = await post(fields)
  expect(answer.status).toBe(201)
  return answer.body as NewCommentBody
}

/** The fields a 400 names: exactly the ones broken, never the valid ones beside them. */
function fieldsOf(answer: { status: number; body: unknown }) {
  expect(answer.status).toBe(400)
  const { error } = answer.body as ErrorBody
  expect(error.code).toBe('validation')
  return Object.keys(error.fields ?? {})
}

const listPage = (slug: string, query: string) => call('GET', COMMENTS, `/articles/${slug}/comments${query}`)

describe('posting a comment: each field on its own', () => {
  test.each([
    ['empty', ''],
    ['blank', ' \n\t '],
    ['5,001 characters', 'a'.repeat(5001)],
    ['5,001 characters counted as code points (emoji)', '😀'.repeat(5001)],
    ['not a string', 42],
    ['missing', undefined],
  ])('a body that is %s is refused, and only the body is named', async (_case, body) => {
    expect(fieldsOf(await post({ body }))).toEqual(['body'])
  })

  test.each([
    ['empty', ''],
    ['blank', '   '],
    ['81 characters', 'n'.repeat(81)],
    ['81 characters counted as code points', '𝒩'.repeat(81)],
    ['not a string', ['Lectrice']],
    ['missing', undefined],
  ])('a name that is %s is refused, and only the name is named', async (_case, authorName) => {
    expect(fieldsOf(await post({ authorName }))).toEqual(['authorName'])
  })

  test('the limits themselves are accepted: 5,000 characters of body, 80 of name, counted as code points', async () => {
    expect((await postValid({ body: 'a'.repeat(5000) })).body).toHaveLength(5000)
    expect((await postValid({ body: '😀'.repeat(5000) })).body).toBe('😀'.repeat(5000))
    expect((await postValid({ authorName: 'n'.repeat(80) })).authorName).toHaveLength(80)
    expect((await postValid({ authorName: 'x', body: 'y' })).body).toBe('y')
  })

  test('spaces around the text do not count, and are not kept', async () => {
    const padded = await postValid({
      authorName: `  ${'n'.repeat(80)}  `,
      body: `\n  ${'a'.repeat(5000)}  \n`,
    })
    expect(padded.authorName).toBe('n'.repeat(80))
    expect(padded.body).toBe('a'.repeat(5000))
  })

  test('parentId must be a string or null', async () => {
    expect(fieldsOf(await post({ parentId: 42 }))).toEqual(['parentId'])
    expect(fieldsOf(await post({ parentId: { id: 'x' } }))).toEqual(['parentId'])
    expect((await postValid({ parentId: null })).parentId).toBeNull()
  })

  test('a reply goes under its parent; an unknown parent, or one of another article, is a 404', async () => {
    const parent = await postValid()
    const reply = await postValid({ parentId: parent.id, body: 'Une réponse' })
    expect(reply.parentId).toBe(parent.id)
    const page = (await listPage(seedSlug, '?sort=newest')).body as CommentPageBody
    expect(page.items.find((item) => item.id === parent.id)?.replies).toEqual([
      expect.objectContaining({ id: reply.id, body: 'Une réponse' }),
    ])

    const unknown = await post({ parentId: 'inexistant' })
    expect(unknown.status).toBe(404)
    expect((unknown.body as ErrorBody).error.code).toBe('not_found')
    const elsewhere = await post({ parentId: parent.id }, articleWithoutComments().slug)
    expect(elsewhere.status).toBe(404)
  })

  test('every post needs an Idempotency-Key; the same key answers the same comment and creates nothing', async () => {
    const without = await post({}, seedSlug, null)
    expect(without.status).toBe(400)
    expect((without.body as ErrorBody).error.message).toMatch(/Idempotency-Key/)
    expect((await post({}, seedSlug, '   ')).status).toBe(400)

    const before = db.countComments(seedSlug)
    const key = crypto.randomUUID()
    const first = await post({ body: 'Premier envoi' }, seedSlug, key)
    const again = await post({ body: 'Premier envoi' }, seedSlug, key)
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect((again.body as NewCommentBody).id).toBe((first.body as NewCommentBody).id)
    expect(db.countComments(seedSlug)).toBe(before + 1)
    // A second key is a second comment, even with the same words.
    expect((await post({ body: 'Premier envoi' })).status).toBe(201)
    expect(db.countComments(seedSlug)).toBe(before + 2)
  })

  test('a body that is not a JSON object, or an unknown article, is refused', async () => {
    const notJson = await call('POST', COMMENTS, `/articles/${seedSlug}/comments`, {
      body: 'authorName=Lectrice',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    })
    expect(notJson.status).toBe(400)
    const list = await call(
      'POST',
      COMMENTS,
      `/articles/${seedSlug}/comments`,
      json([validComment], { 'Idempotency-Key': crypto.randomUUID() }),
    )
    expect(list.status).toBe(400)
    expect((await post({}, 'inconnu')).status).toBe(404)
    expect(db.countComments(seedSlug)).toBe(1)
  })
})

describe('reading a thread: limit, sort and cursor', () => {
  test.each([
    ['0', ['limit']],
    ['101', ['limit']],
    ['-1', ['limit']],
    ['2.5', ['limit']],
    ['beaucoup', ['limit']],
  ])('limit=%s is refused', async (limit, fields) => {
    expect(fieldsOf(await listPage(seedSlug, `?limit=${limit}`))).toEqual(fields)
  })

  test('an unknown sort is refused; a cursor must be one the API made, for that sort', async () => {
    expect(fieldsOf(await listPage(seedSlug, '?sort=au-hasard'))).toEqual(['sort'])
    expect(fieldsOf(await listPage(seedSlug, '?cursor=nimporte'))).toEqual(['cursor'])
    const busiest = busiestArticle().slug
    const { nextCursor } = (await listPage(busiest, '?limit=2&sort=newest')).body as CommentPageBody
    expect(nextCursor).toEqual(expect.any(String))
    expect(fieldsOf(await listPage(busiest, `?limit=2&sort=oldest&cursor=${nextCursor}`))).toEqual(['cursor'])
    const forged = btoa(`oldest|pas une date|${topLevelComments(busiest)[0]!.id}`)
    expect(fieldsOf(await listPage(busiest, `?cursor=${forged}`))).toEqual(['cursor'])
  })

  test('pages follow each other by cursor in either order, without gaps or repeats, and stop', async () => {
    const { slug } = busiestArticle()
    const expected = topLevelComments(slug).map((comment) => comment.id)
    expect(expected.length).toBeGreaterThan(100)
    for (const [sort, order] of [
      ['oldest', expected],
      ['newest', [...expected].reverse()],
    ] as const) {
      const seen: string[] = []
      let cursor: string | null = null
      let pages = 0
      do {
        const query: string = `?sort=${sort}&limit=100${cursor ? `&cursor=${cursor}` : ''}`
        const page = (await listPage(slug, query)).body as CommentPageBody
        expect(page.items.length).toBeLessThanOrEqual(100)
        seen.push(...page.items.map((item) => item.id))
        cursor = page.nextCursor
        pages++
      } while (cursor !== null && pages < 10)
      expect(seen).toEqual(order)
      expect(pages).toBe(Math.ceil(expected.length / 100))
    }
  })

  test('limit sets the page size (20 by default, up to 100); total counts every comment, replies too', async () => {
    const { slug } = busiestArticle()
    const all = db.visibleComments(slug).filter((comment) => !comment.deleted)
    const byDefault = (await listPage(slug, '')).body as CommentPageBody
    expect(byDefault.items).toHaveLength(20)
    expect(byDefault.total).toBe(all.length)
    expect(all.length).toBeGreaterThan(topLevelComments(slug).length)
    expect(((await listPage(slug, '?limit=1')).body as CommentPageBody).items).toHaveLength(1)
    expect(((await listPage(slug, '?limit=100')).body as CommentPageBody).items).toHaveLength(100)
    const last = (await listPage(seedSlug, '?limit=1')).body as CommentPageBody
    expect(last.nextCursor).toBeNull()
  })

  test('an unknown article is a 404', async () => {
    expect((await listPage('inconnu', '')).status).toBe(404)
  })
})

describe('the changes feed', () => {
  test('needs an ISO 8601 since, and lists what changed after it, flat', async () => {
    expect(fieldsOf(await call('GET', CHANGES, `/articles/${seedSlug}/comments/changes`))).toEqual(['since'])
    expect(fieldsOf(await call('GET', CHANGES, `/articles/${seedSlug}/comments/changes?since=hier`))).toEqual(
      ['since'],
    )
    const before = new Date(Date.now() - 1000).toISOString()
    const parent = await postValid()
    const reply = await postValid({ parentId: parent.id })
    const changes = await call('GET', CHANGES, `/articles/${seedSlug}/comments/changes?since=${before}`)
    const items = (changes.body as { items: { id: string; replies: unknown[] }[] }).items
    expect(items.map((item) => item.id)).toEqual([parent.id, reply.id])
    expect(items.every((item) => item.replies.length === 0)).toBe(true)
    const later = new Date(Date.now() + 60_000).toISOString()
    const none = await call('GET', CHANGES, `/articles/${seedSlug}/comments/changes?since=${later}`)
    expect((none.body as { items: unknown[] }).items).toEqual([])
  })
})

describe('editing and deleting', () => {
  const patch = (id: string, body: unknown, token: string | null) =>
    call('PATCH', ONE, `/comments/${id}`, json({ body }, token === null ? {} : { 'Edit-Token': token }))

  test.each([
    ['empty', ''],
    ['blank', '  '],
    ['5,001 characters', 'a'.repeat(5001)],
    ['not a string', 7],
  ])('an edit to a body that is %s is refused, and the comment keeps its text', async (_case, body) => {
    const mine = await postValid()
    expect(fieldsOf(await patch(mine.id, body, mine.editToken))).toEqual(['body'])
    expect(db.findComment(mine.id)?.body).toBe(validComment.body)
  })

  test('an edit is trimmed and marked; 5,000 characters are accepted', async () => {
    const mine = await postValid()
    const edited = await patch(mine.id, `  ${'é'.repeat(5000)} `, mine.editToken)
    expect(edited.status).toBe(200)
    const answer = edited.body as { id: string; body: string; editedAt: string | null }
    expect([answer.id, answer.body]).toEqual([mine.id, 'é'.repeat(5000)])
    expect(Date.parse(answer.editedAt ?? '')).not.toBeNaN()
  })

  test('only with the comment’s own token, and only within its window', async () => {
    const mine = await postValid()
    const other = await postValid()
    expect((await patch(mine.id, 'x', null)).status).toBe(403)
    expect((await patch(mine.id, 'x', other.editToken)).status).toBe(403)
    expect(
      (await call('DELETE', ONE, `/comments/${mine.id}`, { headers: { 'Edit-Token': other.editToken } }))
        .status,
    ).toBe(403)
    db.expireEditWindows()
    const late = await patch(mine.id, 'x', mine.editToken)
    expect(late.status).toBe(403)
    expect((late.body as ErrorBody).error.message).toMatch(/délai/i)
    expect(
      (await call('DELETE', ONE, `/comments/${mine.id}`, { headers: { 'Edit-Token': mine.editToken } }))
        .status,
    ).toBe(403)
    expect(db.findComment(mine.id)?.body).toBe(validComment.body)
  })

  test('a deleted comment with replies stays as a placeholder, one without goes; neither counts any more', async () => {
    const parent = await postValid()
    const alone = await postValid()
    await postValid({ parentId: parent.id })
    const count = db.countComments(seedSlug)
    const remove = (comment: NewCommentBody) =>
      call('DELETE', ONE, `/comments/${comment.id}`, { headers: { 'Edit-Token': comment.editToken } })
    expect((await remove(parent)).status).toBe(204)
    expect((await remove(alone)).status).toBe(204)
    const page = (await listPage(seedSlug, '?sort=newest&limit=100')).body as CommentPageBody
    expect(page.items.find((item) => item.id === parent.id)).toMatchObject({ deleted: true, body: '' })
    expect(page.items.map((item) => item.id)).not.toContain(alone.id)
    expect(page.total).toBe(count - 2)
    // Gone is gone: no second deletion, no edit.
    expect((await remove(alone)).status).toBe(404)
    expect((await patch(parent.id, 'x', parent.editToken)).status).toBe(404)
  })
})

describe('the comment scenarios of the QA tools', () => {
  const withScenario = (scenario: string, init: RequestInit = {}): RequestInit => ({
    ...init,
    headers: { ...(init.headers as Record<string, string> | undefined), 'X-Mock-Scenario': scenario },
  })
  const postIn = (scenario: string) =>
    call(
      'POST',
      COMMENTS,
      `/articles/${seedSlug}/comments`,
      withScenario(scenario, json(validComment, { 'Idempotency-Key': crypto.randomUUID() })),
    )

  test('post-error, rate-limited and post-validation refuse a valid post, and store nothing', async () => {
    // A simulated server failure: a status the document cannot list, so asked for without the check.
    const failed = await fetch(
      `${API_ORIGIN}/articles/${seedSlug}/comments`,
      withScenario('post-error', {
        method: 'POST',
        ...json(validComment, { 'Idempotency-Key': crypto.randomUUID() }),
      }),
    )
    expect([failed.status, ((await failed.json()) as ErrorBody).error.code]).toEqual([500, 'internal'])
    const limited = await postIn('rate-limited')
    expect([limited.status, (limited.body as ErrorBody).error.code]).toEqual([429, 'rate_limited'])
    expect(limited.headers.get('Retry-After')).toBe('30')
    const refused = await postIn('post-validation')
    expect(fieldsOf(refused).sort()).toEqual(['authorName', 'body'])
    expect(db.countComments(seedSlug)).toBe(1)
  })

  test('comments-error fails the thread, not the post', async () => {
    const thread = await fetch(`${API_ORIGIN}/articles/${seedSlug}/comments`, withScenario('comments-error'))
    expect(thread.status).toBe(500)
    expect((await postIn('comments-error')).status).toBe(201)
  })

  test('edit-expired refuses edits and deletions, even with the right token', async () => {
    const mine = await postValid()
    const token = { 'Edit-Token': mine.editToken }
    const edit = await call(
      'PATCH',
      ONE,
      `/comments/${mine.id}`,
      withScenario('edit-expired', json({ body: 'x' }, token)),
    )
    expect([edit.status, (edit.body as ErrorBody).error.message]).toEqual([
      403,
      'Le délai de modification de ce commentaire est écoulé.',
    ])
    const removal = await call(
      'DELETE',
      ONE,
      `/comments/${mine.id}`,
      withScenario('edit-expired', { headers: token }),
    )
    expect(removal.status).toBe(403)
    expect(db.findComment(mine.id)).toMatchObject({ body: validComment.body, deleted: false, removed: false })
  })

  test('live: other readers’ activity shows in the changes feed', async () => {
    const since = new Date(Date.now() - 1000).toISOString()
    const changes = await call(
      'GET',
      CHANGES,
      `/articles/${seedSlug}/comments/changes?since=${since}`,
      withScenario('live'),
    )
    expect((changes.body as { items: unknown[] }).items.length).toBeGreaterThan(0)
  })
})
