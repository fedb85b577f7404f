/**
 * The mocked backend's in-memory database: the seed data, the same on every run, and what the API has
 * written since. Resettable (`db.reset()`) between tests or from the QA tools. Its parts: the state and
 * its reads (store/db-state.ts), the seed (store/seed-state.ts), a tab's saved changes
 * (store/tab-persistence.ts); the contract's shapes are made in contract/.
 */
import type { Rating } from '../src/lib/api-schemas.ts'
import { randomUuid } from '../src/lib/browser/uuid.ts'
import { currentState, dbReads, reseed } from './store/db-state.ts'
import { nextCommentId, type IdempotentPost, type StoredArticle } from './store/seed-state.ts'
import { buildStoredComment, EDIT_WINDOW_MS, type StoredComment } from './store/stored-comment.ts'
import { forgetChanges, persistChangesWith, saveChanges } from './store/tab-persistence.ts'

// Callers outside mocks/ (tests, the WordPress scripts) know the database by this module.
export type { StoredArticle } from './store/seed-state.ts'
export type { StoredComment } from './store/stored-comment.ts'
export { toArticle } from './contract/article-shapes.ts'

type WrittenFields = Pick<StoredComment, 'articleSlug' | 'parentId' | 'authorName' | 'body'>

let frozenNow: number | null = null

function insert(comment: StoredComment): StoredComment {
  currentState().comments.set(comment.id, comment)
  saveChanges({ commentId: comment.id })
  return comment
}

export const db = {
  ...dbReads,

  /** Back to the seed data, forgetting every change (and its saved copy). */
  reset() {
    reseed()
    forgetChanges()
  },

  /** Keeps changes across reloads (the browser's mock backend uses sessionStorage). */
  persistWith: persistChangesWith,

  now(): number {
    return frozenNow ?? Date.now()
  },

  /** A fixed "now" for the QA tools' frozen clock, or null for the real one. */
  setClock(time: number | null) {
    frozenNow = time
  },

  /** A comment posted through the API: it gets an edit token, valid for the edit window. */
  createComment(fields: WrittenFields): StoredComment {
    const now = db.now()
    return insert(
      buildStoredComment({
        ...fields,
        id: nextCommentId(currentState()),
        createdAt: new Date(now).toISOString(),
        editToken: randomUuid(),
        editableUntil: new Date(now + EDIT_WINDOW_MS).toISOString(),
      }),
    )
  },

  /** A comment by another reader (no edit token): the `live` scenario's activity. */
  addReaderComment(fields: WrittenFields): StoredComment {
    const id = nextCommentId(currentState())
    return insert(buildStoredComment({ ...fields, id, createdAt: new Date(db.now()).toISOString() }))
  },

  /** The QA tools' "expire the edit window now". */
  expireEditWindows() {
    const expired = new Date(db.now() - 1000).toISOString()
    for (const comment of currentState().comments.values()) {
      if (comment.editableUntil !== null) {
        comment.editableUntil = expired
        saveChanges({ commentId: comment.id })
      }
    }
  },

  editComment(comment: StoredComment, body: string) {
    const now = new Date(db.now()).toISOString()
    comment.body = body
    comment.editedAt = now
    comment.changedAt = now
    saveChanges({ commentId: comment.id })
  },

  /** Kept as a placeholder while it has replies, removed for good otherwise. */
  deleteComment(comment: StoredComment) {
    comment.changedAt = new Date(db.now()).toISOString()
    if (db.hasReplies(comment.id)) {
      comment.deleted = true
      comment.authorName = ''
      comment.body = ''
    } else {
      comment.removed = true
    }
    saveChanges({ commentId: comment.id })
  },

  rememberIdempotentPost(key: string, post: IdempotentPost) {
    currentState().idempotentPosts.set(key, post)
    saveChanges()
  },

  rate(article: StoredArticle, value: number): Rating {
    const count = article.rating.count + 1
    const average = Math.round(((article.rating.average * article.rating.count + value) / count) * 100) / 100
    article.rating = { average, count }
    saveChanges({ ratingSlug: article.slug })
    return article.rating
  },
}
