/**
 * HTTP helpers for the smoke checks: the Chronique API (each call from its own pretend address unless
 * told otherwise, so flood checks and rate limits never cross checks), WordPress's core REST API as an
 * editor (application password), and a wp-admin session (cookies) for what only wp-admin does.
 */
import { randomInt, randomUUID } from 'node:crypto'
import type { SiteInfo } from './site.ts'

/** One smoke check: its name, and what it runs (it throws when the plugin is wrong). */
export type Check = [name: string, run: () => Promise<void>]

export interface Answer {
  status: number
  headers: Headers
  text: string
  json: unknown
  ms: number
}

export interface CallOptions {
  headers?: Record<string, string>
  body?: unknown
  /** The pretend client address (X-Chronique-Dev-Client-Ip); a fresh one by default. */
  ip?: string
  /** Raw body text instead of JSON. */
  raw?: string
}

export const freshIp = () =>
  `10.${String(randomInt(1, 254))}.${String(randomInt(1, 254))}.${String(randomInt(1, 254))}`
export const newKey = () => randomUUID()

async function answer(response: Response, started: number): Promise<Answer> {
  const text = await response.text()
  let json: unknown
  try {
    json = text === '' ? null : JSON.parse(text)
  } catch {
    json = null
  }
  return { status: response.status, headers: response.headers, text, json, ms: performance.now() - started }
}

export function apiClient(site: SiteInfo) {
  return async (method: string, path: string, options: CallOptions = {}): Promise<Answer> => {
    const headers: Record<string, string> = {
      'X-Chronique-Dev-Client-Ip': options.ip ?? freshIp(),
      ...options.headers,
    }
    let body: string | undefined
    if (options.raw !== undefined) body = options.raw
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body)
      headers['Content-Type'] = 'application/json'
    }
    const started = performance.now()
    const response = await fetch(`${site.apiBase}${path}`, { method, headers, body, redirect: 'manual' })
    return answer(response, started)
  }
}

/** WordPress's own REST API, authenticated as the admin with the application password. */
export function coreClient(site: SiteInfo) {
  const auth = `Basic ${Buffer.from(`${site.user}:${site.applicationPassword}`).toString('base64')}`
  return async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const started = performance.now()
    const response = await fetch(`${site.url}/wp-json/wp/v2${path}`, {
      method,
      headers: { Authorization: auth, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return answer(response, started)
  }
}

/** A logged-in wp-admin session: its cookies, and the REST nonce the app would send as X-WP-Nonce. */
export async function adminSession(site: SiteInfo) {
  const form = new URLSearchParams({
    log: site.user,
    pwd: site.password,
    'wp-submit': 'Log In',
    redirect_to: `${site.url}/wp-admin/`,
    testcookie: '1',
  })
  const login = await fetch(`${site.url}/wp-login.php`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Cookie: 'wordpress_test_cookie=WP%20Cookie%20check',
    },
    body: form,
    redirect: 'manual',
  })
  const cookies = login.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0] ?? '')
    .filter((cookie) => cookie.includes('wordpress_'))
    .join('; ')
  if (login.status !== 302 || !cookies.includes('wordpress_logged_in'))
    throw new Error(`wp-admin login failed (${String(login.status)})`)
  const get = async (path: string) => {
    const response = await fetch(`${site.url}${path}`, { headers: { Cookie: cookies }, redirect: 'manual' })
    return {
      status: response.status,
      text: await response.text(),
      location: response.headers.get('location'),
    }
  }
  const nonce = (await get('/wp-admin/admin-ajax.php?action=rest-nonce')).text.trim()
  return { cookies, nonce, get }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0
}

export function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0
}

export interface ApiError {
  error: { code: string; message: string; fields?: Record<string, string> }
}

export interface Image {
  url: string
  alt: string
  width: number
  height: number
}

export interface Summary {
  slug: string
  title: string
  excerpt: string
  category: { slug: string; name: string }
  author: { slug: string; name: string; role: string; avatar: Image | null }
  publishedAt: string
  readingMinutes: number
  commentCount: number
  rating: { average: number; count: number }
  cover: Image | null
}

export interface Article extends Summary {
  author: Summary['author'] & { bio: string; links: { label: string; url: string }[] }
  bodyHtml: string
  photoCredit: string | null
  related: { title: string; url: string; articleSlug: string | null }[]
  commentsOpen?: boolean
}

export interface Comment {
  id: string
  parentId: string | null
  authorName: string
  body: string
  createdAt: string
  replies: Comment[]
  editedAt?: string | null
  deleted?: boolean
  status?: 'published' | 'pending'
  likeCount?: number
  featured?: boolean
  authorBadge?: 'author' | 'staff' | null
}

export interface NewComment extends Comment {
  editToken: string
  editableUntil: string
}

export interface CommentPage {
  items: Comment[]
  nextCursor: string | null
  total: number
}

export type Api = ReturnType<typeof apiClient>
export type Core = ReturnType<typeof coreClient>

/** Asserts a contract error: status, code, and the envelope's shape. */
export function expectError(answer: Answer, status: number, code: string): ApiError {
  if (answer.status !== status)
    throw new Error(
      `expected ${String(status)} ${code}, got ${String(answer.status)}: ${answer.text.slice(0, 300)}`,
    )
  const body = answer.json as ApiError | null
  if (body?.error.code !== code || typeof body.error.message !== 'string') {
    throw new Error(`expected the error envelope with code ${code}, got ${answer.text.slice(0, 300)}`)
  }
  return body
}

/** Every comment of a page, replies included. */
export function flatten(comments: Comment[]): Comment[] {
  return comments.flatMap((comment) => [comment, ...flatten(comment.replies)])
}
