/** v1.2: likes (and "popular"), reports, editors' picks, badges. */
import { describe, expect, test } from 'vitest'
import type { Comment } from '../../../src/lib/api-schemas'
import type { Backend } from '../backend'
import { expectError, fieldsOf, flatten, type ContractApi } from '../contract-api'
import { justBefore, reader, SEED } from '../seed'

export function communityChecks(backend: Backend, api: ContractApi) {
  const postSeveral = async (slug: string, count: number) => {
    const posted: Comment[] = []
    for (let index = 1; index <= count; index++) {
      posted.push((await api.post(slug, reader(`Lecteur ${index}`, `Commentaire ${index}.`))).body)
    }
    return posted
  }

  describe('likes', () => {
    test('once per reader key, taken back, counted in the thread and the feed; 400 without a key; 404 first', async () => {
      const [comment] = await postSeveral(SEED.quiet, 1)
      const id = comment!.id
      const since = justBefore()
      const key = crypto.randomUUID()
      expect((await api.like(id, key)).body).toEqual({ likeCount: 1, liked: true })
      expect((await api.like(id, key)).body).toEqual({ likeCount: 1, liked: true })
      expect((await api.like(id, crypto.randomUUID())).body).toEqual({ likeCount: 2, liked: true })
      expect((await api.unlike(id, key)).body).toEqual({ likeCount: 1, liked: false })
      expect((await api.unlike(id, key)).body).toEqual({ likeCount: 1, liked: false })
      expect((await api.comments(SEED.quiet)).body.items[0]?.likeCount).toBe(1)
      expect((await api.comment(id)).body.likeCount).toBe(1)
      expect(
        (await api.changes(SEED.quiet, since)).body.items.find((item) => item.id === id)?.likeCount,
      ).toBe(1)

      expect(fieldsOf(await api.like(id))).toEqual(['Reader-Key'])
      expect(fieldsOf(await api.unlike(id))).toEqual(['Reader-Key'])
      expectError(await api.like(SEED.unknownId, key), 404, 'not_found')
      expectError(await api.like(SEED.unknownId), 404, 'not_found')
      expectError(await api.unlike(SEED.unknownId), 404, 'not_found')
    })

    test('popular: most liked first, ties oldest first, replies still under their parent', async () => {
      const [a, b, c, d] = await postSeveral(SEED.quiet, 4)
      const reply = (await api.post(SEED.quiet, { ...reader('Réponse'), parentId: a!.id })).body
      for (const [comment, likes] of [
        [b!, 2],
        [c!, 1],
        [reply, 3],
      ] as const) {
        for (let index = 0; index < likes; index++) await api.like(comment.id, crypto.randomUUID())
      }
      const page = (await api.comments(SEED.quiet, '?sort=popular')).body
      expect(page.items.map((item) => [item.id, item.likeCount])).toEqual([
        [b!.id, 2],
        [c!.id, 1],
        [a!.id, 0],
        [d!.id, 0],
      ])
      expect(page.items[2]?.replies.map((item) => [item.id, item.likeCount])).toEqual([[reply.id, 3]])
      const first = (await api.comments(SEED.quiet, '?sort=popular&limit=2')).body
      const rest = (
        await api.comments(
          SEED.quiet,
          `?sort=popular&limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`,
        )
      ).body
      expect([...first.items, ...rest.items].map((item) => item.id)).toEqual([b!.id, c!.id, a!.id, d!.id])
      expect(rest.nextCursor).toBeNull()
    })

    test('a reader over the limit gets 429 with Retry-After', async () => {
      const [comment] = await postSeveral(SEED.quiet, 1)
      const limited = await backend.limit('like', comment!.id)
      const refused = await api.like(comment!.id, crypto.randomUUID(), limited)
      expectError(refused, 429, 'rate_limited')
    })
  })

  describe('reports', () => {
    test('202 without a body, counted once per reader key; each field checked (400 with fields); 404 first', async () => {
      const [comment] = await postSeveral(SEED.quiet, 1)
      const id = comment!.id
      const key = crypto.randomUUID()
      const first = await api.report(id, { reason: 'spam' }, key)
      expect([first.status, first.body]).toEqual([202, null])
      expect((await api.report(id, { reason: 'abuse' }, key)).status).toBe(202)
      expect((await api.report(id, { reason: 'off_topic', note: '😀'.repeat(500) }, key)).status).toBe(202)
      const other = await api.report(id, { reason: 'other', note: '  Hors charte.  ' }, crypto.randomUUID())
      expect(other.status).toBe(202)
      // Two readers: below the threshold at which a site may send it back to moderation (WordPress: 3).
      expect(await backend.editor.reportCount(id)).toBe(2)

      expect(fieldsOf(await api.report(id, { reason: 'spam' }))).toEqual(['Reader-Key'])
      expect(fieldsOf(await api.report(id, { reason: 'rude' }, key))).toEqual(['reason'])
      expect(fieldsOf(await api.report(id, {}, key))).toEqual(['reason'])
      expect(fieldsOf(await api.report(id, { reason: 'other' }, key))).toEqual(['note'])
      expect(fieldsOf(await api.report(id, { reason: 'other', note: ' \n ' }, key))).toEqual(['note'])
      expect(fieldsOf(await api.report(id, { reason: 'spam', note: '😀'.repeat(501) }, key))).toEqual([
        'note',
      ])
      expect(fieldsOf(await api.report(id, { reason: 'spam', note: 42 }, key))).toEqual(['note'])
      expectError(await api.report(SEED.unknownId, { reason: 'rude' }), 404, 'not_found')
      // A report never hides the comment by itself (below the site's threshold).
      expect((await api.comments(SEED.quiet)).body.total).toBe(1)
    })

    test('a reader over the limit gets 429 with Retry-After; an invalid report from them is still a 400', async () => {
      const [comment] = await postSeveral(SEED.quiet, 1)
      const limited = await backend.limit('report', comment!.id)
      expectError(
        await api.report(comment!.id, { reason: 'spam' }, crypto.randomUUID(), limited),
        429,
        'rate_limited',
      )
      expect(
        fieldsOf(await api.report(comment!.id, { reason: 'rude' }, crypto.randomUUID(), limited)),
      ).toEqual(['reason'])
    })
  })

  describe('editors’ picks', () => {
    test('the ten most recently chosen, oldest first, replies []; featured in the thread and in the feed', async () => {
      const posted = await postSeveral(SEED.quiet, 11)
      const since = justBefore()
      // Chosen newest first: the first chosen (the last posted) is the one that drops out.
      await backend.editor.feature([...posted].reverse().map((comment) => comment.id))
      const { items } = (await api.featured(SEED.quiet)).body
      expect(items.map((item) => item.id)).toEqual(posted.slice(0, 10).map((comment) => comment.id))
      expect(items.every((item) => item.featured && item.replies.length === 0)).toBe(true)
      const thread = (await api.comments(SEED.quiet)).body.items
      expect(thread.every((item) => item.featured)).toBe(true)
      const feed = (await api.changes(SEED.quiet, since)).body.items
      expect(
        feed
          .filter((item) => item.featured)
          .map((item) => item.id)
          .sort(),
      ).toEqual(posted.map((comment) => comment.id).sort())
      expect((await api.featured(SEED.alsoQuiet)).body.items).toEqual([])
      expectError(await api.featured('article-inexistant'), 404, 'not_found')
    })
  })

  describe('badges', () => {
    test('from who wrote it, never from the name: the author’s reply has author; "Rédaction" and the author’s name typed by a reader have none', async () => {
      const { slug, author } = SEED.authorReplies
      const thread = flatten((await api.comments(slug, '?limit=100')).body.items)
      expect(thread.filter((item) => item.authorName === author).map((item) => item.authorBadge)).toEqual([
        'author',
      ])
      expect(
        thread.filter((item) => item.authorName !== author).every((item) => item.authorBadge === null),
      ).toBe(true)
      for (const name of ['Rédaction', author, 'La rédaction']) {
        expect(
          (await api.post(slug, reader(name, 'Je me fais passer pour l’équipe.'))).body.authorBadge,
          name,
        ).toBeNull()
      }
      // The busiest thread has a reply by the editors.
      const busy: Comment[] = []
      let cursor: string | null = null
      do {
        const query: string = `?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
        const page = (await api.comments(SEED.busy, query)).body
        busy.push(...flatten(page.items))
        cursor = page.nextCursor
      } while (cursor !== null)
      expect(busy.filter((item) => item.authorBadge === 'staff').length).toBeGreaterThan(0)
    })
  })
}
