/**
 * One thread as the API reads it, built once per revision of the data: its comments by id, each one's
 * replies, its count, and its top-level comments in the three orders. A page of the 5,000-comment
 * thread is then a binary search and a slice, in any order; only a write (a post, a like…) sorts again.
 */
import type { CommentSort } from '../../src/lib/api-schemas.ts'
import { dbReads } from './db-state.ts'
import type { StoredComment } from './stored-comment.ts'

/** Where a top-level comment sits in the orders: what a cursor remembers. */
export interface ThreadPosition {
  likeCount: number
  createdAt: string
  id: string
}

export interface ThreadIndex {
  /** Every comment of the thread, whatever its state (its author's lookups, the feed). */
  all: ReadonlyMap<string, StoredComment>
  /** What readers see: published comments, deleted placeholders included. */
  shown: ReadonlyMap<string, StoredComment>
  /** A shown comment's shown replies, oldest first. */
  repliesOf(id: string): readonly StoredComment[]
  /** Shown top-level comments in each order. */
  orders: Record<CommentSort, readonly ThreadPosition[]>
  /** Shown comments that count: not the deleted placeholders. */
  total: number
}

const byAge = (a: ThreadPosition, b: ThreadPosition) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)

/** The contract's orders; `popular`: most liked first, ties oldest first. */
export const compareIn: Record<CommentSort, (a: ThreadPosition, b: ThreadPosition) => number> = {
  oldest: byAge,
  newest: (a, b) => byAge(b, a),
  popular: (a, b) => b.likeCount - a.likeCount || byAge(a, b),
}

export const isShown = (comment: StoredComment) => comment.status === 'published' && !comment.removed

const noReplies: readonly StoredComment[] = []

export function buildThreadIndex(comments: readonly StoredComment[]): ThreadIndex {
  const all = new Map(comments.map((comment) => [comment.id, comment]))
  const shownByAge = comments.filter(isShown).sort(byAge)
  const shown = new Map(shownByAge.map((comment) => [comment.id, comment]))
  const replies = new Map<string, StoredComment[]>()
  const oldest: ThreadPosition[] = []
  let total = 0
  for (const comment of shownByAge) {
    if (!comment.deleted) total++
    if (comment.parentId === null) {
      oldest.push({ likeCount: dbReads.likeCount(comment), createdAt: comment.createdAt, id: comment.id })
    } else {
      const siblings = replies.get(comment.parentId)
      if (siblings) siblings.push(comment)
      else replies.set(comment.parentId, [comment])
    }
  }
  return {
    all,
    shown,
    repliesOf: (id) => replies.get(id) ?? noReplies,
    orders: {
      oldest,
      newest: [...oldest].reverse(),
      popular: [...oldest].sort(compareIn.popular),
    },
    total,
  }
}

/** Up to `limit` top-level comments after `after` in this order, and the position to go on from. */
export function pageOf(
  index: ThreadIndex,
  sort: CommentSort,
  after: ThreadPosition | null,
  limit: number,
): { items: StoredComment[]; next: ThreadPosition | null } {
  const order = index.orders[sort]
  const compare = compareIn[sort]
  let start = 0
  if (after) {
    // The first position past the cursor's: the order is sorted, so halve the range each step.
    let end = order.length
    while (start < end) {
      const middle = (start + end) >>> 1
      const position = order[middle]
      if (position && compare(position, after) > 0) end = middle
      else start = middle + 1
    }
  }
  const page = order.slice(start, start + limit)
  return {
    items: page.flatMap((position) => index.shown.get(position.id) ?? []),
    next: start + limit < order.length ? (page.at(-1) ?? null) : null,
  }
}
