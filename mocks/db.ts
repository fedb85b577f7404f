/**
 * The mocked backend's in-memory database: the seed data, the same on every run, and what the API has
 * written since. Resettable (`db.reset()`) between tests or from the QA tools. Its parts: the state and
 * its reads (store/db-state.ts), the seed (store/seed-state.ts), a tab's saved changes
 * (store/tab-persistence.ts); the contract's shapes are made in contract/.
 */
import type { LikeState, Rating, ReportReason } from '../src/lib/api-schemas.ts'
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

const nowIso = () => new Date(db.now()).toISOString()

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

  /**
   * A comment posted through the API: it gets an edit token, valid for the edit window. A held one
   * waits for an editor, seen only by its author.
   */
  createComment(fields: WrittenFields, { held = false }: { held?: boolean } = {}): StoredComment {
    const now = db.now()
    return insert(
      buildStoredComment({
        ...fields,
        id: nextCommentId(currentState()),
        createdAt: new Date(now).toISOString(),
        editToken: randomUuid(),
        editableUntil: new Date(now + EDIT_WINDOW_MS).toISOString(),
        status: held ? 'pending' : 'published',
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

  /** Its author's edit, or an editor's: a held comment stays held. */
  editComment(comment: StoredComment, body: string) {
    const now = nowIso()
    comment.body = body
    comment.editedAt = now
    comment.changedAt = now
    saveChanges({ commentId: comment.id })
  },

  /** An editor publishes a held comment: from now on it is in the lists, the counts and the feed. */
  approveComment(comment: StoredComment) {
    comment.status = 'published'
    comment.changedAt = nowIso()
    saveChanges({ commentId: comment.id })
  },

  /** An editor refuses a held comment: nobody sees it, its author's token finds nothing. */
  rejectComment(comment: StoredComment) {
    comment.status = 'rejected'
    saveChanges({ commentId: comment.id })
  },

  /** An editors' pick, or its removal; the feed reports either. */
  featureComment(comment: StoredComment, featured: boolean) {
    const now = nowIso()
    comment.featured = featured
    comment.featuredAt = featured ? now : null
    comment.changedAt = now
    saveChanges({ commentId: comment.id })
  },

  /** Once per reader key: liking again changes nothing. */
  like(comment: StoredComment, readerKey: string): LikeState {
    const likes = currentState().likes
    const current = likes.get(comment.id) ?? { readerKeys: [], changedAt: comment.createdAt }
    if (!current.readerKeys.includes(readerKey)) {
      likes.set(comment.id, { readerKeys: [...current.readerKeys, readerKey], changedAt: nowIso() })
      saveChanges({ reactionsOf: comment.id })
    }
    return { likeCount: db.likeCount(comment), liked: true }
  },

  unlike(comment: StoredComment, readerKey: string): LikeState {
    const current = dbReads.likesOf(comment.id)
    if (current?.readerKeys.includes(readerKey)) {
      currentState().likes.set(comment.id, {
        readerKeys: current.readerKeys.filter((key) => key !== readerKey),
        changedAt: nowIso(),
      })
      saveChanges({ reactionsOf: comment.id })
    }
    return { likeCount: db.likeCount(comment), liked: false }
  },

  /** Counted once per reader key: a second report from the same key changes nothing. */
  report(comment: StoredComment, readerKey: string, reason: ReportReason, note: string) {
    const reports = dbReads.reportsOf(comment.id)
    if (reports.some((report) => report.readerKey === readerKey)) return
    currentState().reports.set(comment.id, [...reports, { readerKey, reason, note, reportedAt: nowIso() }])
    saveChanges({ reactionsOf: comment.id })
  },

  /** An editor closes the thread: it stays readable, posting is refused. */
  closeThread(article: StoredArticle) {
    article.commentsOpen = false
    saveChanges({ articleSlug: article.slug })
  },

  /** Kept as a placeholder while it has replies, removed for good otherwise. */
  deleteComment(comment: StoredComment) {
    comment.changedAt = nowIso()
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

  /** A reader key votes once: its later vote replaces the earlier one. A vote without a key counts alone. */
  rate(article: StoredArticle, value: number, readerKey: string | null = null): Rating {
    const votes = article.votes.filter((vote) => readerKey === null || vote.readerKey !== readerKey)
    article.votes = [...votes, { readerKey, value }]
    const { average: seedAverage, count: seedCount } = article.seedRating
    const count = seedCount + article.votes.length
    const total = seedAverage * seedCount + article.votes.reduce((sum, vote) => sum + vote.value, 0)
    article.rating = { average: Math.round((total / count) * 100) / 100, count }
    saveChanges({ articleSlug: article.slug })
    return article.rating
  },
}
