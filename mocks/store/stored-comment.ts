/**
 * A comment as the mock server keeps it: what the contract's `Comment` shows, plus what only a server
 * knows (its article, its edit token, whether it is gone or held). The seed, the API's writes and the
 * scenarios' threads all build theirs with `buildStoredComment`, so the defaults live in one place.
 */
import type { AuthorBadge } from '../../src/lib/api-schemas.ts'

/**
 * `pending`: held for moderation, seen only by its author (through its edit token) until an editor
 * approves it; `rejected`: refused by an editor, seen by nobody (its author's token then finds nothing).
 */
export type StoredStatus = 'published' | 'pending' | 'rejected'

export interface StoredComment {
  id: string
  articleSlug: string
  parentId: string | null
  authorName: string
  body: string
  createdAt: string
  editedAt: string | null
  /** Last time readers could see it change (creation, approval, edit, deletion, pick): the feed's clock. */
  changedAt: string
  /** Removed by its author but kept as a placeholder because it has replies. */
  deleted: boolean
  /** Removed for good (no replies): gone from threads, still reported once by the changes feed. */
  removed: boolean
  editToken: string | null
  editableUntil: string | null
  status: StoredStatus
  /** Likes it came with (seed or scenario data); readers' likes, one per reader key, are added on top. */
  likeCount: number
  /** Chosen by the editors ("Choix de la rédaction"), since `featuredAt`: the ten latest picks are listed. */
  featured: boolean
  featuredAt: string | null
  /** Set by the site from who wrote it (the article's author, an editor), never from the name typed. */
  authorBadge: AuthorBadge | null
}

/** The contract's edit window: a comment can be edited or deleted for 15 minutes after posting. */
export const EDIT_WINDOW_MS = 15 * 60 * 1000

type StoredCommentFields = Pick<StoredComment, 'id' | 'articleSlug' | 'authorName' | 'body' | 'createdAt'> &
  Partial<StoredComment>

/**
 * A published comment as first written: never edited, not deleted, no likes, no pick, no badge, and
 * without an edit token (only comments posted through the API get one). The caller gives the id, so
 * every run numbers comments alike.
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
    status: 'published',
    likeCount: 0,
    featured: false,
    featuredAt: null,
    authorBadge: null,
    ...fields,
  }
}

/** An editors' pick made `minutes` after the comment was written (seed and scenario threads). */
export function pickedAfter(
  createdAt: string,
  minutes: number,
): Pick<StoredComment, 'featured' | 'featuredAt'> {
  return { featured: true, featuredAt: minutesAfter(createdAt, minutes) }
}

/** An ISO date `minutes` after another: seed and scenario threads are timed from the publication. */
export function minutesAfter(isoDate: string, minutes: number): string {
  return new Date(Date.parse(isoDate) + minutes * 60_000).toISOString()
}
