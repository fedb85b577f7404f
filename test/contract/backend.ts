/**
 * What the contract suite needs of a server: a way to call its API, to put it back to its seed, and the
 * editors' actions the checks need (things the contract leaves to the site's staff). The MSW handlers
 * and the WordPress plugin each provide one; the checks are written once, against this.
 */
import type { RawAnswer } from '../openapi-contract'

export interface CallOptions {
  headers?: Record<string, string>
  /** Sent as JSON. */
  body?: unknown
  /** Sent as is, instead of `body`. */
  raw?: string
  /**
   * The reader's device, for what a server limits per client (flood checks, rate limits, duplicates):
   * calls with the same client come from the same place. Without one, each call is a new client.
   */
  client?: string
}

/** What the server limits per client, for the 429 checks. */
export type Limited = 'comment' | 'like' | 'report'

export interface Backend {
  name: 'msw' | 'wordpress'
  /** The 5,000-comment thread, and what to send to reach it. */
  hugeThread: { slug: string; headers: Record<string, string> }
  call(method: string, path: string, options?: CallOptions): Promise<RawAnswer>
  /** Back to the seed data (and the site's default settings). */
  reset(): Promise<void>
  /**
   * Puts one client over the server's limit for these requests (on `target`: an article's slug for
   * comments, a comment's id for likes and reports), and returns what its next calls must carry.
   */
  limit(kind: Limited, target: string): Promise<CallOptions>
  /** Headers that spare one request the server's flood check, where it has one. */
  noFloodCheck: Record<string, string>
  editor: {
    /** From now until the next reset, new comments wait for approval. */
    holdNewComments(): Promise<void>
    approve(id: string): Promise<void>
    reject(id: string): Promise<void>
    closeThread(slug: string): Promise<void>
    /** The comment's 15 minutes are over. */
    endEditWindow(id: string): Promise<void>
    /** An editor rewrites a comment in the back office. */
    edit(id: string, body: string): Promise<void>
    /** "Choix de la rédaction", in this order: the server keeps when each was chosen. */
    feature(ids: string[]): Promise<void>
    /** How many reports the site counted for a comment (shown to editors, never to readers). */
    reportCount(id: string): Promise<number>
  }
  /**
   * Where WordPress legitimately differs from the letter of the contract (docs/wordpress.md, "Where
   * WordPress and the contract disagree"); each check that meets one says which.
   */
  differences: {
    /** §2: the same text from the same address within 10 minutes is refused (400, `fields.body`). */
    refusesDuplicateText: boolean
  }
}
