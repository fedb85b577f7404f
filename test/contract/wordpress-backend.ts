/**
 * The live WordPress plugin as a contract backend. Each call comes from its own pretend address
 * (`X-Chronique-Dev-Client-Ip`) unless a check names a client, so flood checks and rate limits never
 * cross checks; a reset restores the seeded database. The editors' actions are WordPress's own: core
 * REST with the application password, wp-admin's row action for picks, and SQL where WordPress has no
 * way (moving a comment's time past its edit window, reading the report count).
 */
import { expect } from 'vitest'
import type { WordPressOptions } from '../../scripts/wordpress/layout.ts'
import { query, resetWordPress, setOption, type SiteInfo } from '../../scripts/wordpress/site.ts'
import { adminSession, coreClient } from '../../scripts/wordpress/smoke-client.ts'
import type { RawAnswer } from '../openapi-contract'
import type { Backend, CallOptions } from './backend'
import { SEED } from './seed'

/** The plugin's own copy of the threads. */
const COMMENTS_TABLE = 'wp_chronique_comments'

let lastAddress = 0
/** A new private address for each new client: 10.x.y.z, never the same twice in a run. */
function newAddress(): string {
  lastAddress += 1
  const n = lastAddress
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
}

const isClosedConnection = (error: unknown) =>
  error instanceof TypeError && (error.cause as { code?: string } | undefined)?.code === 'UND_ERR_SOCKET'

const commentNumber = (id: string) => {
  if (!/^\d+$/.test(id)) throw new Error(`Not a WordPress comment id: ${id}`)
  return Number(id)
}

export function wordpressBackend(site: SiteInfo, options: WordPressOptions): Backend {
  const addresses = new Map<string, string>()
  const addressOf = (client: string | undefined) => {
    if (client === undefined) return newAddress()
    let address = addresses.get(client)
    if (!address) {
      address = newAddress()
      addresses.set(client, address)
    }
    return address
  }
  const core = coreClient(site)
  const coreOk = async (method: string, path: string, body?: unknown) => {
    const answer = await core(method, path, body)
    expect(answer.status, `${method} /wp/v2${path}: ${answer.text.slice(0, 300)}`).toBe(200)
    return answer
  }
  const postId = (slug: string) => {
    const id = site.seed.posts[slug]
    if (id === undefined) throw new Error(`No post for ${slug} in the WordPress seed`)
    return id
  }

  async function call(method: string, path: string, { headers = {}, body, raw, client }: CallOptions = {}) {
    const send = () =>
      fetch(`${site.apiBase}${path}`, {
        method,
        redirect: 'manual',
        headers: {
          'X-Chronique-Dev-Client-Ip': addressOf(client),
          ...(body === undefined && raw === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        ...(raw !== undefined ? { body: raw } : body === undefined ? {} : { body: JSON.stringify(body) }),
      })
    let response: Response
    try {
      response = await send()
    } catch (error) {
      // Apache closed an idle keep-alive connection just as the request went out on it: the request
      // never reached WordPress, so it is sent again, once, on a new connection.
      if (!isClosedConnection(error)) throw error
      response = await send()
    }
    return { status: response.status, text: await response.text(), headers: response.headers }
  }

  /** Sends from one new client until the plugin answers 429 (at most `tries` times). */
  async function exhaust(tries: number, send: (client: string, attempt: number) => Promise<RawAnswer>) {
    const client = crypto.randomUUID()
    for (let attempt = 0; attempt < tries; attempt++) {
      const answer = await send(client, attempt)
      if (answer.status === 429) return { client }
      expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(300)
    }
    throw new Error(`No 429 after ${tries} requests from one address`)
  }

  return {
    name: 'wordpress',
    hugeThread: { slug: site.seed.hugeThread, headers: {} },
    call,
    reset() {
      resetWordPress(options)
      return Promise.resolve()
    },
    limit(kind, target) {
      if (kind === 'comment') {
        // WordPress's flood check: a second comment from the same address within 15 seconds.
        return exhaust(2, (client, attempt) =>
          call('POST', `/articles/${target}/comments`, {
            client,
            body: {
              authorName: 'Pressée',
              body: `Commentaire ${attempt} ${crypto.randomUUID()}`,
              parentId: null,
            },
            headers: { 'Idempotency-Key': crypto.randomUUID() },
          }),
        )
      }
      if (kind === 'like') {
        return exhaust(100, (client) =>
          call('POST', `/comments/${target}/likes`, {
            client,
            headers: { 'Reader-Key': crypto.randomUUID() },
          }),
        )
      }
      // Reports: spread over other comments, two each, below the threshold that would hold them.
      return (async () => {
        const page = await call('GET', `/articles/${SEED.busy}/comments?limit=50`)
        const ids = (JSON.parse(page.text) as { items: { id: string }[] }).items.map((item) => item.id)
        return exhaust(ids.length * 2, (client, attempt) =>
          call('POST', `/comments/${ids[Math.floor(attempt / 2)] ?? ''}/reports`, {
            client,
            body: { reason: 'spam' },
            headers: { 'Reader-Key': crypto.randomUUID() },
          }),
        )
      })()
    },
    noFloodCheck: { 'X-Chronique-Dev-Flood': 'off' },
    editor: {
      holdNewComments() {
        setOption('comment_moderation', '1', options)
        return Promise.resolve()
      },
      async approve(id) {
        await coreOk('POST', `/comments/${commentNumber(id)}`, { status: 'approved' })
      },
      async reject(id) {
        await coreOk('POST', `/comments/${commentNumber(id)}`, { status: 'trash' })
      },
      async closeThread(slug) {
        await coreOk('POST', `/posts/${postId(slug)}`, { comment_status: 'closed' })
      },
      endEditWindow(id) {
        query(
          `UPDATE ${COMMENTS_TABLE} SET created_at = created_at - INTERVAL 16 MINUTE WHERE comment_id = ${commentNumber(id)}`,
          options,
        )
        return Promise.resolve()
      },
      async edit(id, body) {
        await coreOk('POST', `/comments/${commentNumber(id)}`, { content: body })
      },
      async feature(ids) {
        const session = await adminSession(site)
        const posts = new Set(
          ids.map((id) =>
            query(
              `SELECT comment_post_ID FROM wp_comments WHERE comment_ID = ${commentNumber(id)}`,
              options,
            ).trim(),
          ),
        )
        let screens = ''
        for (const post of posts) {
          screens += (await session.get(`/wp-admin/edit-comments.php?p=${post}&comment_status=all`)).text
        }
        for (const id of ids) {
          const amp = '&(?:amp;|#038;)?'
          const link = new RegExp(
            `admin-post\\.php\\?action=chronique_feature${amp}comment=${id}${amp}feature=1${amp}_wpnonce=[0-9a-f]+`,
          ).exec(screens)?.[0]
          if (!link) throw new Error(`No “Choose for the editors” row action for comment ${id} in wp-admin`)
          const chosen = await session.get(
            `/wp-admin/${link.replaceAll('&#038;', '&').replaceAll('&amp;', '&')}`,
          )
          expect(chosen.status, `feature ${id}`).toBe(302)
        }
      },
      reportCount(id) {
        const count = query(
          `SELECT report_count FROM ${COMMENTS_TABLE} WHERE comment_id = ${commentNumber(id)}`,
          options,
        )
        return Promise.resolve(Number(count.trim()))
      },
    },
    differences: { refusesDuplicateText: true },
  }
}
