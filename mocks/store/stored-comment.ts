/**
 * A comment as the mock server keeps it: what the contract's `Comment` shows, plus what only a server
 * knows (its article, its edit token, whether it is gone). The seed, the API's writes and the
 * scenarios' threads all build theirs with `buildStoredComment`, so the defaults live in one place.
 */
export interface StoredComment {
  id: string
  articleSlug: string
  parentId: string | null
  authorName: string
  body: string
  createdAt: string
  editedAt: string | null
  /** Last creation, edit or deletion: what the changes feed filters on. */
  changedAt: string
  /** Removed by its author but kept as a placeholder because it has replies. */
  deleted: boolean
  /** Removed for good (no replies): gone from threads, still reported once by the changes feed. */
  removed: boolean
  editToken: string | null
  editableUntil: string | null
}

/** The contract's edit window: a comment can be edited or deleted for 15 minutes after posting. */
export const EDIT_WINDOW_MS = 15 * 60 * 1000

type StoredCommentFields = Pick<StoredComment, 'id' | 'articleSlug' | 'authorName' | 'body' | 'createdAt'> &
  Partial<StoredComment>

/**
 * A comment as first written: never edited, not deleted, and without an edit token (only comments
 * posted through the API get one). The caller gives the id, so every run numbers comments alike.
 */
export function buildStoredComment(fields: StoredCommentFields): StoredComment {
  return {
    parentId: null,
    changedAt: fields.createdAt,
    editedAt: null,
    deleted: false,
    removed: false,
    editToken: null,
    editableUntil: null,
    ...fields,
  }
}

/** An ISO date `minutes` after another: seed and scenario threads are timed from the publication. */
export function minutesAfter(isoDate: string, minutes: number): string {
  return new Date(Date.parse(isoDate) + minutes * 60_000).toISOString()
}
