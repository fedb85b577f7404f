/** v1.1: held comments (pending, seen only by their author, approved or refused by an editor) and closed threads. */
import { describe, expect, test } from 'vitest'
import type { Backend } from '../backend'
import { expectError, type ContractApi } from '../contract-api'
import { justBefore, reader, SEED } from '../seed'

export function moderationChecks(backend: Backend, api: ContractApi) {
  describe('held comments', () => {
    test('pending: in no list, count or feed; only its author sees it, and edits it (still held)', async () => {
      await backend.editor.holdNewComments()
      const since = justBefore()
      const held = await api.post(SEED.model, reader('Léa', 'En attente.'))
      expect([held.status, held.body.status]).toEqual([201, 'pending'])
      const page = (await api.comments(SEED.model, '?sort=newest')).body
      expect([page.total, page.items.some((item) => item.id === held.body.id)]).toEqual([1, false])
      expect((await api.article(SEED.model)).body.commentCount).toBe(1)
      expect(
        (await api.articles(`?author=${SEED.author}&pageSize=50`)).body.items.find(
          (item) => item.slug === SEED.model,
        )?.commentCount,
      ).toBe(1)
      expect((await api.changes(SEED.model, since)).body.items).toEqual([])

      expectError(await api.comment(held.body.id), 404, 'not_found')
      expectError(await api.comment(held.body.id, 'jeton-inconnu'), 404, 'not_found')
      const mine = await api.comment(held.body.id, held.body.editToken)
      expect([mine.status, mine.body.status, mine.body.body]).toEqual([200, 'pending', 'En attente.'])
      const edited = await api.edit(held.body.id, 'En attente, revu.', held.body.editToken)
      expect([edited.status, edited.body.status]).toEqual([200, 'pending'])
      expect((await api.comments(SEED.model)).body.total).toBe(1)

      // Nobody can answer it, like it or report it yet.
      expectError(await api.post(SEED.model, { ...reader(), parentId: held.body.id }), 404, 'not_found')
      expectError(await api.like(held.body.id, crypto.randomUUID()), 404, 'not_found')
      expectError(await api.report(held.body.id, { reason: 'spam' }, crypto.randomUUID()), 404, 'not_found')
    })

    test('approved by an editor: in the lists, the counts and the feed, published', async () => {
      await backend.editor.holdNewComments()
      const held = (await api.post(SEED.model, reader('Léa', 'Bientôt publié.'))).body
      const since = justBefore()
      await backend.editor.approve(held.id)
      const page = (await api.comments(SEED.model, '?sort=newest')).body
      expect(page.total).toBe(2)
      expect(page.items[0]).toMatchObject({ id: held.id, status: 'published', body: 'Bientôt publié.' })
      expect((await api.article(SEED.model)).body.commentCount).toBe(2)
      const feed = (await api.changes(SEED.model, since)).body.items
      expect(feed.map((item) => [item.id, item.status])).toEqual([[held.id, 'published']])
      expect((await api.comment(held.id)).body.status).toBe('published')
    })

    test('refused by an editor: nobody ever sees it, its author’s token finds nothing', async () => {
      await backend.editor.holdNewComments()
      const since = justBefore()
      const held = (await api.post(SEED.model, reader('Léa', 'Refusé.'))).body
      await backend.editor.reject(held.id)
      expectError(await api.comment(held.id, held.editToken), 404, 'not_found')
      expectError(await api.edit(held.id, 'Et pourtant.', held.editToken), 404, 'not_found')
      expect((await api.comments(SEED.model)).body.total).toBe(1)
      expect((await api.changes(SEED.model, since)).body.items).toEqual([])
    })
  })

  describe('closed threads', () => {
    test('commentsOpen false: the thread is still listed in full, posting and replying answer 403 comments_closed', async () => {
      const before = (await api.comments(SEED.busy, '?limit=100')).body
      await backend.editor.closeThread(SEED.busy)
      expect((await api.article(SEED.busy)).body.commentsOpen).toBe(false)
      const after = (await api.comments(SEED.busy, '?limit=100')).body
      expect([after.total, after.items.map((item) => item.id)]).toEqual([
        before.total,
        before.items.map((item) => item.id),
      ])
      expectError(await api.post(SEED.busy, reader()), 403, 'comments_closed')
      expectError(
        await api.post(SEED.busy, { ...reader(), parentId: before.items[0]!.id }),
        403,
        'comments_closed',
      )
      expect((await api.comments(SEED.busy)).body.total).toBe(before.total)
      expect((await api.article(SEED.quiet)).body.commentsOpen).toBe(true)
      expect((await api.post(SEED.quiet, reader())).status).toBe(201)
    })
  })
}
