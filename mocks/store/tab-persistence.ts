/**
 * What the mock "server" has learned since it started: comments written or changed (held, approved,
 * picked…), readers' likes and reports, article changes (ratings and votes, a closed thread), and
 * idempotency keys. In the browser it is kept in the tab's sessionStorage, so a reload does not forget a
 * post, as a real server would not. Only what changed is saved, not the whole seed.
 */
import type { Rating } from '../../src/lib/api-schemas.ts'
import { currentState, markChanged } from './db-state.ts'
import type { CommentLikes, IdempotentPost, Report, Vote } from './seed-state.ts'
import { buildStoredComment, type StoredComment } from './stored-comment.ts'

interface ArticleChanges {
  rating: Rating
  votes: Vote[]
  commentsOpen: boolean
}

export interface DbChanges {
  comments: StoredComment[]
  articles: [string, ArticleChanges][]
  likes: [string, CommentLikes][]
  reports: [string, Report[]][]
  idempotentPosts: [string, IdempotentPost][]
  commentSequence: number
}

export interface DbPersistence {
  load(): DbChanges | null
  save(changes: DbChanges): void
  clear(): void
}

/** Where the browser's mock worker keeps a tab's changes (the QA panel's reset clears it too). */
export const TAB_STORAGE_KEY = 'chronique:mock-db'

let persistence: DbPersistence | null = null
const changedComments = new Set<string>()
const changedArticles = new Set<string>()
const changedReactions = new Set<string>()

/** Keeps changes from now on, and brings back those saved earlier. */
export function persistChangesWith(next: DbPersistence) {
  persistence = next
  const saved = next.load()
  if (saved) restore(saved)
}

/** What one write changed: a comment, an article, or a comment's likes and reports. */
export interface Changed {
  commentId?: string
  articleSlug?: string
  reactionsOf?: string
}

/** Notes what a write changed and saves the changes. */
export function saveChanges(changed: Changed = {}) {
  markChanged()
  if (changed.commentId !== undefined) changedComments.add(changed.commentId)
  if (changed.articleSlug !== undefined) changedArticles.add(changed.articleSlug)
  if (changed.reactionsOf !== undefined) changedReactions.add(changed.reactionsOf)
  if (!persistence) return
  const state = currentState()
  const reactionIds = [...changedReactions]
  persistence.save({
    comments: [...changedComments].flatMap((id) => state.comments.get(id) ?? []),
    articles: [...changedArticles].flatMap((slug): [string, ArticleChanges][] => {
      const article = state.articles.get(slug)
      return article
        ? [[slug, { rating: article.rating, votes: article.votes, commentsOpen: article.commentsOpen }]]
        : []
    }),
    likes: reactionIds.flatMap((id): [string, CommentLikes][] => {
      const likes = state.likes.get(id)
      return likes ? [[id, likes]] : []
    }),
    reports: reactionIds.flatMap((id): [string, Report[]][] => {
      const reports = state.reports.get(id)
      return reports ? [[id, reports]] : []
    }),
    idempotentPosts: [...state.idempotentPosts],
    commentSequence: state.commentSequence,
  })
}

/** Forgets every change, saved copy included (after a reset to the seed). */
export function forgetChanges() {
  changedComments.clear()
  changedArticles.clear()
  changedReactions.clear()
  persistence?.clear()
}

function restore(changes: Partial<DbChanges>) {
  const state = currentState()
  for (const comment of changes.comments ?? []) {
    // A copy saved by an earlier version of the mocks lacks the later fields: they take their defaults.
    state.comments.set(comment.id, buildStoredComment(comment))
    changedComments.add(comment.id)
  }
  for (const [slug, saved] of changes.articles ?? []) {
    const article = state.articles.get(slug)
    if (article) Object.assign(article, saved)
    changedArticles.add(slug)
  }
  for (const [id, likes] of changes.likes ?? []) {
    state.likes.set(id, likes)
    changedReactions.add(id)
  }
  for (const [id, reports] of changes.reports ?? []) {
    state.reports.set(id, reports)
    changedReactions.add(id)
  }
  for (const [key, post] of changes.idempotentPosts ?? []) state.idempotentPosts.set(key, post)
  state.commentSequence = Math.max(state.commentSequence, changes.commentSequence ?? 0)
  markChanged()
}

/** The tab's sessionStorage: changes last as long as the tab, across its reloads. */
export function sessionStoragePersistence(): DbPersistence {
  return {
    load: () => {
      try {
        return JSON.parse(sessionStorage.getItem(TAB_STORAGE_KEY) ?? 'null') as DbChanges | null
      } catch {
        return null
      }
    },
    save: (changes) => sessionStorage.setItem(TAB_STORAGE_KEY, JSON.stringify(changes)),
    clear: () => sessionStorage.removeItem(TAB_STORAGE_KEY),
  }
}
