/**
 * The mocked API as a contract backend: the shared MSW handlers (test/setup.ts's server), reset with
 * the mock db; the editors' actions are the QA tools' controls (`/__mock/…`) or the db's own writes;
 * the rate limits are the QA scenarios that simulate them.
 */
import { expect } from 'vitest'
import { db } from '../../mocks/db'
import { API_ORIGIN } from '../openapi-contract'
import type { Backend, CallOptions, Limited } from './backend'

const CONTROL_ORIGIN = new URL(API_ORIGIN).origin

const LIMITS: Record<Limited, Record<string, string>> = {
  comment: { 'X-Mock-Scenario': 'rate-limited' },
  report: { 'X-Mock-Scenario': 'report-rate-limited' },
  // No scenario limits likes: a per-endpoint rule answers the 429 instead.
  like: { 'X-Mock-Rules': 'POST /comments/*/likes 429' },
}

async function control(path: string) {
  const response = await fetch(`${CONTROL_ORIGIN}/__mock/${path}`, { method: 'POST' })
  expect(response.status, path).toBe(204)
}

function stored(id: string) {
  const comment = db.findComment(id)
  if (!comment) throw new Error(`No comment ${id} in the mock db`)
  return comment
}

export function mswBackend(): Backend {
  /** Scenarios in force until the next reset (the editors' "hold new comments"). */
  let scenarios: string[] = []
  const first = db.articlesNewestFirst()[0]
  if (!first) throw new Error('The seed has no article')

  return {
    name: 'msw',
    hugeThread: { slug: first.slug, headers: { 'X-Mock-Scenario': 'huge-thread' } },
    async call(method: string, path: string, { headers = {}, body, raw }: CallOptions = {}) {
      const scenario = [...scenarios, headers['X-Mock-Scenario']].filter(Boolean).join(',')
      const response = await fetch(`${API_ORIGIN}${path}`, {
        method,
        headers: {
          ...(body === undefined && raw === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
          ...(scenario ? { 'X-Mock-Scenario': scenario } : {}),
        },
        ...(raw !== undefined ? { body: raw } : body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      return { status: response.status, text: await response.text(), headers: response.headers }
    },
    reset() {
      scenarios = []
      db.reset()
      return Promise.resolve()
    },
    limit: (kind) => Promise.resolve({ headers: LIMITS[kind] }),
    noFloodCheck: {},
    editor: {
      holdNewComments() {
        scenarios.push('moderated')
        return Promise.resolve()
      },
      approve: (id) => control(`comments/${id}/approve`),
      reject: (id) => control(`comments/${id}/reject`),
      closeThread(slug) {
        const article = db.findArticle(slug)
        if (!article) throw new Error(`No article ${slug}`)
        db.closeThread(article)
        return Promise.resolve()
      },
      endEditWindow: () => control('expire-edits'),
      edit(id, body) {
        db.editComment(stored(id), body)
        return Promise.resolve()
      },
      async feature(ids) {
        for (const id of ids) {
          db.featureComment(stored(id), true)
          // Editors choose one at a time: each pick has its own moment.
          await new Promise((resolve) => setTimeout(resolve, 2))
        }
      },
      reportCount: (id) => Promise.resolve(db.reportsOf(id).length),
    },
    differences: { refusesDuplicateText: false },
  }
}
