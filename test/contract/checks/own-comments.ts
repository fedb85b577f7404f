/** One comment: reading it, its author's edit and deletion (token, window), an editor's edit, the feed. */
import { describe, expect, test } from 'vitest'
import type { Backend } from '../backend'
import { expectError, fieldsOf, type ContractApi } from '../contract-api'
import { justBefore, reader, SEED } from '../seed'

export function ownCommentChecks(backend: Backend, api: ContractApi) {
  const postOne = async (fields = reader()) => (await api.post(SEED.quiet, fields)).body

  describe('one comment', () => {
    test('GET /comments/{id}: the comment with replies [], whoever asks; unknown is a 404', async () => {
      const parent = await postOne()
      await api.post(SEED.quiet, { ...reader('Réponse'), parentId: parent.id })
      const { status, body } = await api.comment(parent.id)
      expect([status, body.id, body.body, body.status, body.replies]).toEqual([
        200,
        parent.id,
        parent.body,
        'published',
        [],
      ])
      expectError(await api.comment(SEED.unknownId), 404, 'not_found')
    })

    test('its author edits it within the window: trimmed, editedAt set, 1 to 5,000 code points', async () => {
      const mine = await postOne()
      const edited = await api.edit(mine.id, '  Corrigé.  ', mine.editToken)
      expect([edited.status, edited.body.id, edited.body.body]).toEqual([200, mine.id, 'Corrigé.'])
      expect(Date.parse(edited.body.editedAt ?? '')).not.toBeNaN()
      expect((await api.edit(mine.id, '😀'.repeat(5000), mine.editToken)).status).toBe(200)
      for (const body of ['', '   ', 'a'.repeat(5001), '😀'.repeat(5001), 7, null]) {
        expect(fieldsOf(await api.edit(mine.id, body, mine.editToken))).toEqual(['body'])
      }
      expect((await api.comment(mine.id)).body.body).toBe('😀'.repeat(5000))
    })

    test('only with its own token: 403 before 400; an unknown comment is a 404 first', async () => {
      const mine = await postOne()
      const other = await postOne(reader('Autre'))
      expectError(await api.edit(mine.id, 'x', null), 403, 'forbidden')
      expectError(await api.edit(mine.id, '', other.editToken), 403, 'forbidden')
      expectError(await api.remove(mine.id, other.editToken), 403, 'forbidden')
      expectError(await api.remove(mine.id, null), 403, 'forbidden')
      expectError(await api.edit(SEED.unknownId, '', 'x'), 404, 'not_found')
      expectError(await api.remove(SEED.unknownId, 'x'), 404, 'not_found')
      expect((await api.comment(mine.id)).body.body).toBe(mine.body)
    })

    test('after its 15 minutes, neither edit nor deletion: 403 (before a 400)', async () => {
      const mine = await postOne()
      await backend.editor.endEditWindow(mine.id)
      expectError(await api.edit(mine.id, 'Trop tard.', mine.editToken), 403, 'forbidden')
      expectError(await api.edit(mine.id, '', mine.editToken), 403, 'forbidden')
      expectError(await api.remove(mine.id, mine.editToken), 403, 'forbidden')
      expect((await api.comment(mine.id)).body.body).toBe(mine.body)
    })

    test('deleted: one with replies stays as a placeholder, one without goes; neither counts; the feed says so', async () => {
      const parent = await postOne()
      const alone = await postOne(reader('Seule'))
      const reply = (await api.post(SEED.quiet, { ...reader('Réponse'), parentId: parent.id })).body
      const since = justBefore()
      expect((await api.remove(parent.id, parent.editToken)).status).toBe(204)
      expect((await api.remove(alone.id, alone.editToken)).status).toBe(204)
      const page = (await api.comments(SEED.quiet)).body
      expect(page.items.map((item) => [item.id, item.deleted === true, item.authorName, item.body])).toEqual([
        [parent.id, true, '', ''],
      ])
      expect(page.items[0]?.replies.map((item) => item.id)).toEqual([reply.id])
      expect([page.total, (await api.article(SEED.quiet)).body.commentCount]).toEqual([1, 1])
      const feed = (await api.changes(SEED.quiet, since)).body.items
      for (const gone of [parent, alone]) {
        expect(feed.find((item) => item.id === gone.id)).toMatchObject({
          deleted: true,
          authorName: '',
          body: '',
          replies: [],
        })
      }
      expectError(await api.remove(alone.id, alone.editToken), 404, 'not_found')
      expectError(await api.edit(alone.id, 'x', alone.editToken), 404, 'not_found')
      expectError(await api.comment(alone.id), 404, 'not_found')
    })
  })

  describe('the change feed', () => {
    test('a malformed or missing since is a 400; an unknown article a 404 first', async () => {
      for (const since of [null, 'hier', '2016-13-45', '08/03/2016', '']) {
        expect(fieldsOf(await api.changes(SEED.quiet, since)), String(since)).toEqual(['since'])
      }
      expectError(await api.changes('article-inexistant', 'hier'), 404, 'not_found')
    })

    test('what changed after since, by the server’s clock, flat: new comments, edits (the author’s and an editor’s)', async () => {
      const since = justBefore()
      const parent = await postOne()
      const reply = (await api.post(SEED.quiet, { ...reader('Réponse'), parentId: parent.id })).body
      const first = (await api.changes(SEED.quiet, since)).body.items
      expect(first.map((item) => item.id)).toEqual([parent.id, reply.id])
      expect(first.every((item) => item.replies.length === 0)).toBe(true)
      expect((await api.changes(SEED.quiet, new Date(Date.now() + 60_000).toISOString())).body.items).toEqual(
        [],
      )

      const beforeEdits = justBefore()
      await api.edit(reply.id, 'Réponse revue.', reply.editToken)
      await backend.editor.edit(parent.id, 'Texte corrigé par la rédaction.')
      const edits = (await api.changes(SEED.quiet, beforeEdits)).body.items
      expect(
        edits.map((item) => [item.id, item.body, item.editedAt !== null && item.editedAt !== undefined]),
      ).toEqual(
        expect.arrayContaining([
          [reply.id, 'Réponse revue.', true],
          [parent.id, 'Texte corrigé par la rédaction.', true],
        ]),
      )
      // An old comment changed now is in the feed too: the server's clock, not the comment's date.
      const seedComment = (await api.comments(SEED.model)).body.items[0]!
      const beforeSeedEdit = justBefore()
      await backend.editor.edit(seedComment.id, 'Commentaire modéré par la rédaction.')
      const seedEdit = (await api.changes(SEED.model, beforeSeedEdit)).body.items
      expect(seedEdit.map((item) => [item.id, item.body])).toEqual([
        [seedComment.id, 'Commentaire modéré par la rédaction.'],
      ])
      expect((await api.comments(SEED.model)).body.items[0]?.editedAt).toEqual(expect.any(String))
    })
  })
}
