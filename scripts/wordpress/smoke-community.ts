/** Smoke checks (v1.2): likes, "popular" order, reports, editors' picks (wp-admin row action), badges. */
import assert from 'node:assert/strict'
import type { SiteInfo } from './site.ts'
import {
  adminSession,
  expectError,
  freshIp,
  newKey,
  type Api,
  type Comment,
  type CommentPage,
  type Core,
  type NewComment,
  type Check,
} from './smoke-client.ts'

export function communityChecks(site: SiteInfo, api: Api, core: Core): Check[] {
  const slug = 'vendredi-fou-les-commercants-quebecois-doivent-ils-embarquer'
  const post = async (body: string, name = 'Lectrice') =>
    (
      await api('POST', `/articles/${slug}/comments`, {
        body: { authorName: name, body, parentId: null },
        headers: { 'Idempotency-Key': newKey() },
      })
    ).json as NewComment
  const like = (id: string, key: string | null, method = 'POST', ip?: string) =>
    api(method, `/comments/${id}/likes`, { headers: key ? { 'Reader-Key': key } : {}, ...(ip ? { ip } : {}) })
  const report = (id: string, body: unknown, key: string | null = newKey(), ip?: string) =>
    api('POST', `/comments/${id}/reports`, {
      body,
      headers: key ? { 'Reader-Key': key } : {},
      ...(ip ? { ip } : {}),
    })

  return [
    [
      'Likes: once per Reader-Key, counted, undone; 400 without a key, 404 unknown; “popular” puts it first; the feed shows it',
      async () => {
        const comment = await post('Aimez-moi.')
        const since = new Date().toISOString()
        const key = newKey()
        assert.deepEqual((await like(comment.id, key)).json, { likeCount: 1, liked: true })
        assert.deepEqual((await like(comment.id, key)).json, { likeCount: 1, liked: true })
        assert.deepEqual((await like(comment.id, newKey())).json, { likeCount: 2, liked: true })
        assert.deepEqual((await like(comment.id, key, 'DELETE')).json, { likeCount: 1, liked: false })
        assert.deepEqual((await like(comment.id, newKey())).json, { likeCount: 2, liked: true })
        expectError(await like(comment.id, null), 400, 'validation')
        expectError(await like(comment.id, null, 'DELETE'), 400, 'validation')
        expectError(await like('99999999', newKey()), 404, 'not_found')
        // The seed's own liked comments are there too: most liked first, ties oldest first, ours among them.
        const popular = (await api('GET', `/articles/${slug}/comments?sort=popular&limit=100`))
          .json as CommentPage
        const counts = popular.items.map((item) => item.likeCount ?? 0)
        assert.deepEqual(
          counts,
          [...counts].sort((a, b) => b - a),
        )
        assert.equal(popular.items.find((item) => item.id === comment.id)?.likeCount, 2)
        const feed = (
          (await api('GET', `/articles/${slug}/comments/changes?since=${since}`)).json as { items: Comment[] }
        ).items
        assert.equal(feed.find((item) => item.id === comment.id)?.likeCount, 2)
      },
    ],
    [
      'Likes are limited per address: 429 rate_limited with Retry-After',
      async () => {
        const comment = await post('Très aimé.')
        const ip = freshIp()
        let limited = null
        for (let index = 0; index < 70 && !limited; index++) {
          const answer = await like(comment.id, newKey(), 'POST', ip)
          if (answer.status === 429) limited = answer
        }
        assert.ok(limited, 'no 429 after 70 likes from one address')
        expectError(limited, 429, 'rate_limited')
        assert.ok(Number(limited.headers.get('retry-after')) >= 1)
      },
    ],
    [
      'Reports: 400 without a key, a reason, or the note “other” needs; 202 once per key; 3 readers send it back to moderation',
      async () => {
        const comment = await post('Contenu douteux.')
        expectError(await report(comment.id, { reason: 'spam' }, null), 400, 'validation')
        assert.ok(
          expectError(await report(comment.id, { reason: 'rude' }), 400, 'validation').error.fields?.reason,
        )
        assert.ok(
          expectError(await report(comment.id, { reason: 'other', note: '   ' }), 400, 'validation').error
            .fields?.note,
        )
        assert.ok(
          expectError(await report(comment.id, { reason: 'abuse', note: 'x'.repeat(501) }), 400, 'validation')
            .error.fields?.note,
        )
        expectError(await report('99999999', { reason: 'spam' }), 404, 'not_found')
        const key = newKey()
        const first = await report(comment.id, { reason: 'spam' }, key)
        assert.deepEqual([first.status, first.text], [202, ''])
        assert.equal((await report(comment.id, { reason: 'abuse' }, key)).status, 202)
        assert.equal((await report(comment.id, { reason: 'other', note: 'Hors charte' })).status, 202)
        const since = new Date().toISOString()
        const listed = () => api('GET', `/articles/${slug}/comments?sort=newest&limit=50`)
        assert.ok(
          ((await listed()).json as CommentPage).items.some((item) => item.id === comment.id),
          'two reports: still shown',
        )
        assert.equal((await report(comment.id, { reason: 'off_topic' })).status, 202)
        assert.ok(
          !((await listed()).json as CommentPage).items.some((item) => item.id === comment.id),
          'three reports: held',
        )
        const feed = (
          (await api('GET', `/articles/${slug}/comments/changes?since=${since}`)).json as { items: Comment[] }
        ).items
        assert.equal(feed.find((item) => item.id === comment.id)?.deleted, true)
        const editor = await core('GET', `/comments/${comment.id}?context=edit`)
        assert.equal((editor.json as { status: string }).status, 'hold')
      },
    ],
    [
      'Reports are limited per address: 429 rate_limited with Retry-After',
      async () => {
        // Two reports per comment, below the threshold of three that would hold it (then 404 comes first).
        const comments = [
          await post('Signalé 1.'),
          await post('Signalé 2.'),
          await post('Signalé 3.'),
          await post('Signalé 4.'),
          await post('Signalé 5.'),
          await post('Signalé 6.'),
        ]
        const ip = freshIp()
        let limited = null
        for (let index = 0; index < 12 && !limited; index++) {
          const answer = await report(
            comments[index % comments.length]?.id ?? '',
            { reason: 'spam' },
            newKey(),
            ip,
          )
          if (answer.status === 429) limited = answer
        }
        assert.ok(limited, 'no 429 after 12 reports from one address')
        expectError(limited, 429, 'rate_limited')
      },
    ],
    [
      'Editors’ picks: chosen with wp-admin’s row action (nonce), listed by …/featured and marked in the thread',
      async () => {
        const comment = await post('Un commentaire remarquable.')
        const session = await adminSession(site)
        const screen = await session.get(
          `/wp-admin/edit-comments.php?p=${String(site.seed.posts[slug] ?? 0)}&comment_status=all`,
        )
        const amp = '&(?:amp;|#038;)?'
        const link = new RegExp(
          `admin-post\\.php\\?action=chronique_feature${amp}comment=${comment.id}${amp}feature=1${amp}_wpnonce=[0-9a-f]+`,
        ).exec(screen.text)?.[0]
        assert.ok(link, 'the “Choose for the editors” row action is on the Comments screen')
        const chosen = await session.get(
          `/wp-admin/${link.replaceAll('&#038;', '&').replaceAll('&amp;', '&')}`,
        )
        assert.equal(chosen.status, 302)
        const forged = await session.get(
          `/wp-admin/admin-post.php?action=chronique_feature&comment=${comment.id}&feature=0&_wpnonce=0000000000`,
        )
        assert.notEqual(forged.status, 302, 'a wrong nonce changes nothing')
        const featured = (
          (await api('GET', `/articles/${slug}/comments/featured`)).json as { items: Comment[] }
        ).items
        // Beside the seed's own picks.
        const pick = featured.find((item) => item.id === comment.id)
        assert.deepEqual([pick?.featured, pick?.replies.length], [true, 0])
        assert.ok(featured.every((item) => item.featured))
        const single = (await api('GET', `/comments/${comment.id}`)).json as Comment
        assert.equal(single.featured, true)
        expectError(await api('GET', '/articles/nope/comments/featured'), 404, 'not_found')
      },
    ],
    [
      'Badges from WordPress users only: staff (logged-in editor through the app, cookie + X-WP-Nonce), author, none for a borrowed name',
      async () => {
        const session = await adminSession(site)
        const staff = await api('POST', `/articles/${slug}/comments`, {
          body: { authorName: 'La rédaction', body: 'Merci de vos commentaires.', parentId: null },
          headers: { 'Idempotency-Key': newKey(), Cookie: session.cookies, 'X-WP-Nonce': session.nonce },
        })
        assert.equal(staff.status, 201, staff.text)
        assert.deepEqual(
          [(staff.json as NewComment).authorBadge, (staff.json as NewComment).status],
          ['staff', 'published'],
        )
        const article = (await api('GET', `/articles/${slug}`)).json as {
          author: { slug: string; name: string }
        }
        const impostor = await post('Je suis l’auteur.', article.author.name)
        assert.equal(impostor.authorBadge, null)
        const author = await core('GET', `/users?slug=${article.author.slug}`)
        const authorId = (author.json as { id: number }[])[0]?.id
        const byAuthor = await core('POST', '/comments', {
          post: site.seed.posts[slug],
          author: authorId,
          content: 'Réponse de l’autrice.',
        })
        assert.equal(byAuthor.status, 201, byAuthor.text)
        const id = String((byAuthor.json as { id: number }).id)
        assert.equal(((await api('GET', `/comments/${id}`)).json as Comment).authorBadge, 'author')
      },
    ],
  ]
}
