/** Posting: each field's validation (code points after trimming), idempotency, the error order, 429. */
import { describe, expect, test } from 'vitest'
import type { Backend } from '../backend'
import { expectError, fieldsOf, type ContractApi } from '../contract-api'
import { reader, SEED } from '../seed'

const emoji = '😀'
const script = '𝒩'

export function postingChecks(backend: Backend, api: ContractApi) {
  describe('posting a comment: each field on its own, in code points after trimming', () => {
    test.each([
      ['empty', ''],
      ['blank', ' \n\t '],
      ['5,001 characters', 'a'.repeat(5001)],
      ['5,001 code points (emoji, 10,002 UTF-16 units)', emoji.repeat(5001)],
      ['not a string', 42],
      ['missing', undefined],
    ])('a body that is %s is refused, naming only the body', async (_case, body) => {
      expect(fieldsOf(await api.post(SEED.quiet, { ...reader(), body }))).toEqual(['body'])
    })

    test.each([
      ['empty', ''],
      ['blank', '   '],
      ['81 characters', 'n'.repeat(81)],
      ['81 code points', script.repeat(81)],
      ['not a string', ['Lectrice']],
      ['missing', undefined],
    ])('a name that is %s is refused, naming only the name', async (_case, authorName) => {
      expect(fieldsOf(await api.post(SEED.quiet, { ...reader(), authorName }))).toEqual(['authorName'])
    })

    test('1 and 5,000 characters of body, 1 and 80 of name are accepted, trimmed, kept exactly', async () => {
      const cases = [
        { authorName: 'L', body: 'a' },
        { authorName: 'n'.repeat(80), body: 'b'.repeat(5000) },
        { authorName: script.repeat(80), body: emoji.repeat(5000) },
        { authorName: `  ${'m'.repeat(80)}  `, body: `\n  ${'c'.repeat(5000)}  \n` },
        { authorName: 'Lectrice', body: 'Deux lignes\n\net une <b>balise</b> & un lien https://exemple.ca' },
      ]
      for (const fields of cases) {
        const { status, body } = await api.post(SEED.quiet, { ...fields, parentId: null })
        expect([status, body.authorName, body.body]).toEqual([
          201,
          fields.authorName.trim(),
          fields.body.trim(),
        ])
      }
    })

    test('parentId is a string or null; an unknown parent, or one of another article, is a 404', async () => {
      expect(fieldsOf(await api.post(SEED.quiet, { ...reader(), parentId: 42 }))).toEqual(['parentId'])
      const parent = (await api.post(SEED.quiet, reader())).body
      const reply = (await api.post(SEED.quiet, { ...reader('Réponse'), parentId: parent.id })).body
      expect(reply.parentId).toBe(parent.id)
      const thread = (await api.comments(SEED.quiet)).body
      expect(thread.items.map((item) => [item.id, item.replies.map((child) => child.id)])).toEqual([
        [parent.id, [reply.id]],
      ])
      expect(thread.total).toBe(2)
      expectError(await api.post(SEED.quiet, { ...reader(), parentId: SEED.unknownId }), 404, 'not_found')
      expectError(await api.post(SEED.alsoQuiet, { ...reader(), parentId: parent.id }), 404, 'not_found')
    })

    test('without an Idempotency-Key, or with a body that is not a JSON object, nothing is posted', async () => {
      expectError(await api.post(SEED.quiet, reader(), { key: null }), 400, 'validation')
      expectError(await api.post(SEED.quiet, reader(), { key: '   ' }), 400, 'validation')
      expectError(
        await api.post(SEED.quiet, reader(), { raw: '[{"authorName":"A","body":"B"}]' }),
        400,
        'validation',
      )
      expectError(await api.post(SEED.quiet, reader(), { raw: 'authorName=A&body=B' }), 400, 'validation')
      expect((await api.comments(SEED.quiet)).body.total).toBe(0)
    })
  })

  describe('idempotency and duplicates', () => {
    test('the same key answers the same comment and creates nothing, before any duplicate or flood check', async () => {
      const key = crypto.randomUUID()
      const client = crypto.randomUUID()
      const first = await api.post(SEED.quiet, reader('Léa', 'Premier envoi.'), { key, client })
      const again = await api.post(SEED.quiet, reader('Léa', 'Premier envoi.'), { key, client })
      expect([first.status, again.status]).toEqual([201, 201])
      expect(again.body.id).toBe(first.body.id)
      expect(again.body.editToken).toBe(first.body.editToken)
      expect((await api.comments(SEED.quiet)).body.total).toBe(1)
    })

    test('the same text under two keys is two comments', async () => {
      const a = await api.post(SEED.quiet, reader('Léa', 'Même texte.'))
      const b = await api.post(SEED.quiet, reader('Léa', 'Même texte.'))
      expect([a.status, b.status]).toEqual([201, 201])
      expect(a.body.id).not.toBe(b.body.id)
      expect((await api.comments(SEED.quiet)).body.total).toBe(2)
    })

    test(`the same text twice from one reader: ${backend.differences.refusesDuplicateText ? 'refused as a duplicate (400, fields.body: WordPress, docs/wordpress.md §2)' : 'two comments (the contract has no duplicate check)'}`, async () => {
      const client = crypto.randomUUID()
      // Far enough apart for a flood check: only the duplicate rule is under test here.
      const first = await api.post(SEED.quiet, reader('Léa', 'Répété.'), { client })
      const second = await api.post(SEED.quiet, reader('Léa', 'Répété.'), {
        client,
        headers: backend.noFloodCheck,
      })
      expect(first.status).toBe(201)
      if (backend.differences.refusesDuplicateText) expect(fieldsOf(second)).toEqual(['body'])
      else expect(second.status).toBe(201)
    })
  })

  describe('errors come in the contract’s order: 404, 403, 400, 429', () => {
    test('an unknown article, an unknown parent: 404 before a missing key and invalid fields', async () => {
      const broken = { authorName: '', body: '', parentId: SEED.unknownId }
      expectError(await api.post('article-inexistant', broken, { key: null }), 404, 'not_found')
      expectError(await api.post(SEED.quiet, broken, { key: null }), 404, 'not_found')
    })

    test('a closed thread: 403 comments_closed before a missing key and invalid fields; an unknown parent still 404', async () => {
      await backend.editor.closeThread(SEED.quiet)
      expectError(
        await api.post(SEED.quiet, { authorName: '', body: '', parentId: null }, { key: null }),
        403,
        'comments_closed',
      )
      expectError(await api.post(SEED.quiet, { ...reader(), parentId: SEED.unknownId }), 404, 'not_found')
    })

    test('429 with Retry-After for a client over the limit; its invalid post is still a 400, its retry still answered', async () => {
      const key = crypto.randomUUID()
      const first = await api.post(SEED.quiet, reader('Pressée', 'Avant la limite.'), { key })
      const limited = await backend.limit('comment', SEED.quiet)
      const refused = await api.post(SEED.quiet, reader('Pressée', 'Encore un.'), limited)
      expectError(refused, 429, 'rate_limited')
      expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0)
      expect(fieldsOf(await api.post(SEED.quiet, { ...reader(), body: '' }, limited))).toEqual(['body'])
      const retry = await api.post(SEED.quiet, reader('Pressée', 'Avant la limite.'), { ...limited, key })
      expect([retry.status, retry.body.id]).toEqual([201, first.body.id])
    })
  })
}
