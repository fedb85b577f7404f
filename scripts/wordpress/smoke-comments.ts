/**
 * Smoke checks: threads and cursors, posting (published, held, idempotent, validated, flooded), the
 * author's edits and deletions, closed threads, and the change feed after what editors do in WordPress.
 */
import assert from 'node:assert/strict'
import { setTimeout as sleep } from 'node:timers/promises'
import { query, setOption, type SiteInfo } from './site.ts'
import {
  expectError,
  flatten,
  freshIp,
  newKey,
  type Api,
  type Article,
  type Comment,
  type CommentPage,
  type Core,
  type NewComment,
  type Check,
} from './smoke-client.ts'

const table = 'wp_chronique_comments'

export function commentChecks(site: SiteInfo, api: Api, core: Core): Check[] {
  const isarta = site.seed.isarta
  const big = site.seed.biggestThread
  const post = (
    slug: string,
    body: Record<string, unknown>,
    headers: Record<string, string> = {},
    ip?: string,
  ) =>
    api('POST', `/articles/${slug}/comments`, {
      body: { parentId: null, ...body },
      headers: { 'Idempotency-Key': newKey(), ...headers },
      ...(ip ? { ip } : {}),
    })
  const list = async (slug: string, search = '') =>
    (await api('GET', `/articles/${slug}/comments${search}`)).json as CommentPage
  const changes = async (slug: string, since: string) =>
    (
      (await api('GET', `/articles/${slug}/comments/changes?since=${encodeURIComponent(since)}`)).json as {
        items: Comment[]
      }
    ).items

  return [
    [
      'GET …/comments: the 753-comment thread, page by page with opaque cursors, every comment once',
      async () => {
        const seen = new Set<string>()
        let cursor: string | null = null
        let total: number
        do {
          const page: CommentPage = await list(
            big,
            `?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
          )
          total = page.total
          for (const comment of flatten(page.items)) seen.add(comment.id)
          cursor = page.nextCursor
        } while (cursor)
        assert.equal(total, 753)
        assert.equal(seen.size, 753)
        const newest = await list(big, '?sort=newest&limit=5')
        const oldest = await list(big, '?limit=5')
        assert.ok((newest.items[0]?.createdAt ?? '') > (oldest.items[0]?.createdAt ?? ''))
      },
    ],
    [
      'GET …/comments: unknown sort, bad limit, bad cursor → 400 validation; unknown article → 404',
      async () => {
        expectError(await api('GET', `/articles/${big}/comments?sort=best`), 400, 'validation')
        expectError(await api('GET', `/articles/${big}/comments?limit=0`), 400, 'validation')
        expectError(await api('GET', `/articles/${big}/comments?limit=101`), 400, 'validation')
        expectError(await api('GET', `/articles/${big}/comments?cursor=xyz`), 400, 'validation')
        const page = await list(big, '?limit=5')
        expectError(
          await api('GET', `/articles/${big}/comments?sort=newest&cursor=${page.nextCursor ?? ''}`),
          400,
          'validation',
        )
        expectError(await api('GET', '/articles/nope/comments'), 404, 'not_found')
        expectError(await api('GET', `/articles/${big}/comments/changes?since=hier`), 400, 'validation')
      },
    ],
    [
      'POST …/comments: published at once (moderation off), the exact text kept, counted; retry with the same key creates nothing',
      async () => {
        const before = await list(isarta)
        const key = newKey()
        const text = 'a < b & c > d <3\n\n  deux lignes &amp; <script>alert(1)</script> https://exemple.ca 👍🏽'
        const first = await post(
          isarta,
          { authorName: '  Marie %0a Tremblay\t ', body: `  ${text}  ` },
          { 'Idempotency-Key': key },
        )
        assert.equal(first.status, 201, first.text)
        const created = first.json as NewComment
        assert.equal(created.status, 'published')
        assert.equal(created.body, text.trim())
        assert.equal(created.authorName, 'Marie %0a Tremblay')
        assert.ok(created.editToken.length >= 32)
        assert.equal(Date.parse(created.editableUntil) - Date.parse(created.createdAt), 15 * 60 * 1000)
        const retry = await post(isarta, { authorName: 'Autre', body: 'Autre' }, { 'Idempotency-Key': key })
        assert.equal(retry.status, 201)
        assert.deepEqual(retry.json, first.json)
        const after = await list(isarta)
        assert.equal(after.total, before.total + 1)
        assert.equal(after.items.find((comment) => comment.id === created.id)?.body, text.trim())
        assert.equal(
          ((await api('GET', `/articles/${isarta}`)).json as Article).commentCount,
          before.total + 1,
        )
        const same = await post(isarta, { authorName: 'Marie', body: 'Merci !' })
        const other = await post(isarta, { authorName: 'Marie', body: 'Merci !' })
        assert.deepEqual([same.status, other.status], [201, 201], 'two readers may both write “Merci !”')
      },
    ],
    [
      'POST …/comments: 404 (article, parent) before 403 before 400 (no key, lengths in code points) before 429',
      async () => {
        expectError(await post('nope', { authorName: 'A', body: 'B' }), 404, 'not_found')
        expectError(await post(isarta, { authorName: 'A', body: 'B', parentId: '999999' }), 404, 'not_found')
        const other = (await list(big, '?limit=1')).items[0]
        expectError(
          await post(isarta, { authorName: 'A', body: 'B', parentId: other?.id ?? '1' }),
          404,
          'not_found',
        )
        expectError(
          await api('POST', `/articles/${isarta}/comments`, {
            body: { authorName: 'A', body: 'B', parentId: null },
          }),
          400,
          'validation',
        )
        const long = expectError(
          await post(isarta, { authorName: 'é'.repeat(81), body: '😀'.repeat(5001) }),
          400,
          'validation',
        )
        assert.ok(long.error.fields?.authorName && long.error.fields.body)
        const blank = expectError(
          await post(isarta, { authorName: ' \u00a0 ', body: '\n\t ' }),
          400,
          'validation',
        )
        assert.ok(blank.error.fields?.authorName && blank.error.fields.body)
        const exact = await post(isarta, { authorName: 'é'.repeat(80), body: '😀'.repeat(5000) })
        assert.equal(exact.status, 201, exact.text)
      },
    ],
    [
      'Moderation on: POST answers 201 pending, seen only with its token; approved in WordPress, it reaches lists and the feed',
      async () => {
        const earlier = (await post(isarta, { authorName: 'Avant', body: 'Publié avant la modération.' }))
          .json as NewComment
        setOption('comment_moderation', '1')
        try {
          const reEdited = await api('PATCH', `/comments/${earlier.id}`, {
            headers: { 'Edit-Token': earlier.editToken },
            body: { body: 'Modifié après.' },
          })
          assert.equal(
            (reEdited.json as Comment).status,
            'pending',
            'an edit is moderated again when every comment is',
          )
          const since = new Date().toISOString()
          const before = await list(isarta)
          const answer = await post(isarta, { authorName: 'Lectrice', body: 'À modérer, s’il vous plaît.' })
          const held = answer.json as NewComment
          assert.equal(answer.status, 201)
          assert.equal(held.status, 'pending')
          assert.equal((await list(isarta)).total, before.total)
          assert.equal((await changes(isarta, since)).length, 0)
          expectError(await api('GET', `/comments/${held.id}`), 404, 'not_found')
          const mine = (
            await api('GET', `/comments/${held.id}`, { headers: { 'Edit-Token': held.editToken } })
          ).json as Comment
          assert.equal(mine.status, 'pending')
          const edited = await api('PATCH', `/comments/${held.id}`, {
            headers: { 'Edit-Token': held.editToken },
            body: { body: 'Modifié en attente.' },
          })
          assert.equal((edited.json as Comment).status, 'pending', 'editing a held comment keeps it held')
          await sleep(5)
          const approved = await core('POST', `/comments/${held.id}`, { status: 'approved' })
          assert.equal(approved.status, 200, approved.text)
          const feed = await changes(isarta, since)
          assert.deepEqual(
            feed.map((comment) => [comment.id, comment.status, comment.body]),
            [[held.id, 'published', 'Modifié en attente.']],
          )
          assert.equal((await list(isarta)).total, before.total + 1)
        } finally {
          setOption('comment_moderation', '0')
        }
      },
    ],
    [
      '“Previously approved” (keyed on e-mail in WordPress): guests are held, unless their Reader-Key has an approved comment',
      async () => {
        setOption('comment_previously_approved', '1')
        try {
          const reader = newKey()
          const unknown = (
            await post(
              isarta,
              { authorName: 'Nouveau', body: 'Premier commentaire.' },
              { 'Reader-Key': reader },
            )
          ).json as NewComment
          assert.equal(unknown.status, 'pending')
          await core('POST', `/comments/${unknown.id}`, { status: 'approved' })
          const known = (
            await post(
              isarta,
              { authorName: 'Nouveau', body: 'Deuxième commentaire.' },
              { 'Reader-Key': reader },
            )
          ).json as NewComment
          assert.equal(known.status, 'published')
          const stranger = (await post(isarta, { authorName: 'Nouveau', body: 'Sans clé.' }))
            .json as NewComment
          assert.equal(stranger.status, 'pending')
        } finally {
          setOption('comment_previously_approved', '0')
        }
      },
    ],
    [
      'Discussion settings: two links (comment_max_links = 2) and moderation words hold, disallowed words reject (404 with the token), registration required closes',
      async () => {
        setOption('comment_max_links', '2')
        setOption('moderation_keys', 'casino')
        setOption('disallowed_keys', 'viagra')
        try {
          const links = (
            await post(isarta, { authorName: 'Liens', body: 'Voir https://a.example et https://b.example' })
          ).json as NewComment
          assert.equal(links.status, 'pending')
          const word = (await post(isarta, { authorName: 'Mot', body: 'Un CASINO en ligne ?' }))
            .json as NewComment
          assert.equal(word.status, 'pending')
          const banned = await post(isarta, { authorName: 'Spam', body: 'Achetez du viagra' })
          assert.equal(banned.status, 201)
          const rejected = banned.json as NewComment
          assert.equal(rejected.status, 'pending')
          expectError(
            await api('GET', `/comments/${rejected.id}`, { headers: { 'Edit-Token': rejected.editToken } }),
            404,
            'not_found',
          )
          const fine = (await post(isarta, { authorName: 'Sage', body: 'Un seul lien : https://a.example' }))
            .json as NewComment
          assert.equal(fine.status, 'published')
        } finally {
          setOption('comment_max_links', '2')
          setOption('moderation_keys', '')
          setOption('disallowed_keys', '')
        }
        setOption('comment_registration', '1')
        try {
          assert.equal(((await api('GET', `/articles/${isarta}`)).json as Article).commentsOpen, false)
          expectError(await post(isarta, { authorName: 'Invité', body: 'Bonjour' }), 403, 'comments_closed')
        } finally {
          setOption('comment_registration', '0')
        }
      },
    ],
    [
      'Error order with a body that is not JSON: 404 for an unknown article or comment, 403 for a wrong token, then 400',
      async () => {
        const notJson = {
          raw: '{oops',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() },
        }
        expectError(await api('POST', '/articles/nope/comments', notJson), 404, 'not_found')
        expectError(await api('PATCH', '/comments/99999999', notJson), 404, 'not_found')
        const mine = (await post(isarta, { authorName: 'Ordre', body: 'Texte' })).json as NewComment
        expectError(await api('PATCH', `/comments/${mine.id}`, notJson), 403, 'forbidden')
        expectError(
          await api('PATCH', `/comments/${mine.id}`, {
            ...notJson,
            headers: { ...notJson.headers, 'Edit-Token': mine.editToken },
          }),
          400,
          'validation',
        )
        expectError(await api('POST', '/articles/nope/ratings', notJson), 404, 'not_found')
        expectError(await api('POST', `/articles/${isarta}/ratings`, notJson), 400, 'validation')
      },
    ],
    [
      'Flood check: a second comment from the same address within 15 s → 429 rate_limited with Retry-After',
      async () => {
        const ip = freshIp()
        const flood = { 'X-Chronique-Dev-Flood': 'on' }
        assert.equal((await post(isarta, { authorName: 'Pressé', body: 'Un' }, flood, ip)).status, 201)
        const second = await post(isarta, { authorName: 'Pressé', body: 'Deux' }, flood, ip)
        expectError(second, 429, 'rate_limited')
        const wait = Number(second.headers.get('retry-after'))
        assert.ok(Number.isInteger(wait) && wait >= 1 && wait <= 15, `Retry-After ${String(wait)}`)
        const invalid = await post(isarta, { authorName: '', body: 'Trois' }, flood, ip)
        expectError(invalid, 400, 'validation')
      },
    ],
    [
      'PATCH and DELETE /comments/{id}: with the token inside 15 minutes; 403 without it or after; a deleted comment with replies stays as a placeholder',
      async () => {
        const since = new Date().toISOString()
        const parent = (await post(isarta, { authorName: 'Parent', body: 'Question ?' })).json as NewComment
        const reply = (await post(isarta, { authorName: 'Enfant', body: 'Réponse.', parentId: parent.id }))
          .json as NewComment
        const token = { 'Edit-Token': parent.editToken }
        expectError(await api('PATCH', `/comments/${parent.id}`, { body: { body: 'x' } }), 403, 'forbidden')
        expectError(
          await api('PATCH', `/comments/${parent.id}`, {
            body: { body: 'x' },
            headers: { 'Edit-Token': reply.editToken },
          }),
          403,
          'forbidden',
        )
        expectError(
          await api('PATCH', `/comments/${parent.id}`, { body: { body: '  ' }, headers: token }),
          400,
          'validation',
        )
        expectError(
          await api('PATCH', '/comments/99999999', { body: { body: 'x' }, headers: token }),
          404,
          'not_found',
        )
        const edited = (
          await api('PATCH', `/comments/${parent.id}`, {
            body: { body: 'Question précisée ?' },
            headers: token,
          })
        ).json as Comment
        assert.equal(edited.body, 'Question précisée ?')
        assert.ok(edited.editedAt)
        assert.equal((await api('DELETE', `/comments/${parent.id}`, { headers: token })).status, 204)
        const thread = await list(isarta, '?sort=newest&limit=100')
        const placeholder = thread.items.find((comment) => comment.id === parent.id)
        assert.deepEqual(
          [placeholder?.deleted, placeholder?.authorName, placeholder?.body, placeholder?.replies[0]?.id],
          [true, '', '', reply.id],
        )
        expectError(
          await api('PATCH', `/comments/${parent.id}`, { body: { body: 'x' }, headers: token }),
          404,
          'not_found',
        )
        assert.equal(
          (await api('DELETE', `/comments/${reply.id}`, { headers: { 'Edit-Token': reply.editToken } }))
            .status,
          204,
        )
        const feed = await changes(isarta, since)
        assert.equal(feed.find((comment) => comment.id === reply.id)?.deleted, true)
        assert.equal(feed.find((comment) => comment.id === parent.id)?.deleted, true)
        assert.equal(
          (await list(isarta, '?sort=newest&limit=100')).items.find((comment) => comment.id === parent.id),
          undefined,
          'the placeholder goes with its last reply',
        )
        const late = (await post(isarta, { authorName: 'Tardif', body: 'Trop tard ?' })).json as NewComment
        query(
          `UPDATE ${table} SET created_at = created_at - INTERVAL 16 MINUTE WHERE comment_id = ${String(Number(late.id))}`,
        )
        expectError(
          await api('PATCH', `/comments/${late.id}`, {
            body: { body: 'x' },
            headers: { 'Edit-Token': late.editToken },
          }),
          403,
          'forbidden',
        )
        expectError(
          await api('DELETE', `/comments/${late.id}`, { headers: { 'Edit-Token': late.editToken } }),
          403,
          'forbidden',
        )
      },
    ],
    [
      'Closed threads: closed by an editor or by “close after N days”, still readable, POST → 403 comments_closed',
      async () => {
        const slug = 'entrevue-d-embauche-les-questions-qui-destabilisent'
        const id = site.seed.posts[slug] ?? 0
        assert.equal((await core('POST', `/posts/${String(id)}`, { comment_status: 'closed' })).status, 200)
        const article = (await api('GET', `/articles/${slug}`)).json as Article
        assert.equal(article.commentsOpen, false)
        assert.ok((await list(slug)).total > 0)
        expectError(await post(slug, { authorName: 'A', body: 'B' }), 403, 'comments_closed')
        expectError(await post(slug, { authorName: '', body: '' }), 403, 'comments_closed')
        await core('POST', `/posts/${String(id)}`, { comment_status: 'open' })
        setOption('close_comments_for_old_posts', '1')
        setOption('close_comments_days_old', '14')
        try {
          expectError(await post(isarta, { authorName: 'A', body: 'B' }), 403, 'comments_closed')
          assert.equal(((await api('GET', `/articles/${isarta}`)).json as Article).commentsOpen, false)
        } finally {
          setOption('close_comments_for_old_posts', '0')
        }
      },
    ],
    [
      'Change feed: an editor’s edit, trash and spam in WordPress; GET /comments/{id} follows',
      async () => {
        const a = (await post(isarta, { authorName: 'Lecteur %0a A\t <b>', body: 'Texte original.' }))
          .json as NewComment
        const b = (await post(isarta, { authorName: 'Lecteur B', body: 'À jeter.' })).json as NewComment
        const since = new Date().toISOString()
        await sleep(5)
        const edit = await core('POST', `/comments/${a.id}`, {
          content: 'Texte corrigé par la rédaction &amp; <em>mis en forme</em>.',
        })
        assert.equal(edit.status, 200, edit.text)
        assert.equal((await core('DELETE', `/comments/${b.id}`)).status, 200)
        const feed = await changes(isarta, since)
        const editedA = feed.find((comment) => comment.id === a.id)
        assert.equal(editedA?.body, 'Texte corrigé par la rédaction & mis en forme.')
        assert.equal(
          editedA.authorName,
          'Lecteur %0a A\t <b>',
          'the reader’s exact name survives an editor’s edit',
        )
        assert.ok(editedA.editedAt)
        assert.equal(feed.find((comment) => comment.id === b.id)?.deleted, true)
        const single = (await api('GET', `/comments/${a.id}`)).json as Comment
        assert.deepEqual(
          [single.body, single.replies],
          ['Texte corrigé par la rédaction & mis en forme.', []],
        )
        expectError(
          await api('GET', `/comments/${b.id}`, { headers: { 'Edit-Token': b.editToken } }),
          404,
          'not_found',
        )
        expectError(await api('GET', '/comments/abc'), 404, 'not_found')
        await core('POST', `/comments/${a.id}`, { status: 'spam' })
        assert.equal((await changes(isarta, since)).find((comment) => comment.id === a.id)?.deleted, true)
      },
    ],
    [
      'A comment an editor moves to another post (core REST) moves with its replies',
      async () => {
        const from = 'entrevue-d-embauche-les-questions-qui-destabilisent'
        const parent = (await post(from, { authorName: 'Égaré', body: 'Mauvais article ?' }))
          .json as NewComment
        const reply = (await post(from, { authorName: 'Réponse', body: 'Oui.', parentId: parent.id }))
          .json as NewComment
        const moved = await core('POST', `/comments/${parent.id}`, { post: site.seed.posts[isarta] })
        assert.equal(moved.status, 200, moved.text)
        const there = (await list(isarta, '?sort=newest&limit=100')).items.find(
          (item) => item.id === parent.id,
        )
        assert.equal(there?.replies[0]?.id, reply.id)
        assert.equal(
          (await list(from, '?sort=newest&limit=100')).items.find((item) => item.id === parent.id),
          undefined,
        )
      },
    ],
  ]
}
