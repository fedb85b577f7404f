/**
 * The thread's cursors: opaque to clients, a keyset position to the mocks (the last comment sent, in
 * its order), so comments posted meanwhile never shift the pages. A cursor is valid for its own order.
 */
import type { CommentSort } from '../../src/lib/api-schemas.ts'
import type { ThreadPosition } from '../store/thread-index.ts'

export function encodeCursor(sort: CommentSort, { likeCount, createdAt, id }: ThreadPosition): string {
  const parts = sort === 'popular' ? [sort, String(likeCount), createdAt, id] : [sort, createdAt, id]
  return btoa(parts.join('|')).replace(/=+$/, '')
}

/** The position a cursor made by `encodeCursor` for this order holds, or null for any other string. */
export function decodeCursor(cursor: string, sort: CommentSort): ThreadPosition | null {
  let parts: string[]
  try {
    parts = atob(cursor).split('|')
  } catch {
    return null
  }
  const [cursorSort, ...rest] = parts
  if (cursorSort !== sort) return null
  const [likes, createdAt, id, ...extra] = sort === 'popular' ? rest : ['0', ...rest]
  if (!likes || !/^\d+$/.test(likes) || !createdAt || !id || extra.length > 0) return null
  if (Number.isNaN(Date.parse(createdAt))) return null
  return { likeCount: Number(likes), createdAt, id }
}
