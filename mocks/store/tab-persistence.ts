/**
 * What the mock "server" has learned since it started: comments written or changed, ratings, and
 * idempotency keys. In the browser it is kept in the tab's sessionStorage, so a reload does not forget
 * a post, as a real server would not. Only what changed is saved, not the whole seed.
 */
import type { Rating } from '../../src/lib/api-schemas.ts'
import { currentState } from './db-state.ts'
import type { IdempotentPost } from './seed-state.ts'
import type { StoredComment } from './stored-comment.ts'

export interface DbChanges {
  comments: StoredComment[]
  ratings: [string, Rating][]
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
const changedRatings = new Set<string>()

/** Keeps changes from now on, and brings back those saved earlier. */
export function persistChangesWith(next: DbPersistence) {
  persistence = next
  const saved = next.load()
  if (saved) restore(saved)
}

/** Notes what a write changed and saves the changes. */
export function saveChanges(changed: { commentId?: string; ratingSlug?: string } = {}) {
  if (changed.commentId !== undefined) changedComments.add(changed.commentId)
  if (changed.ratingSlug !== undefined) changedRatings.add(changed.ratingSlug)
  const state = currentState()
  persistence?.save({
    comments: [...changedComments].flatMap((id) => state.comments.get(id) ?? []),
    ratings: [...changedRatings].flatMap((slug): [string, Rating][] => {
      const article = state.articles.get(slug)
      return article ? [[slug, article.rating]] : []
    }),
    idempotentPosts: [...state.idempotentPosts],
    commentSequence: state.commentSequence,
  })
}

/** Forgets every change, saved copy included (after a reset to the seed). */
export function forgetChanges() {
  changedComments.clear()
  changedRatings.clear()
  persistence?.clear()
}

function restore(changes: DbChanges) {
  const state = currentState()
  for (const comment of changes.comments) {
    state.comments.set(comment.id, comment)
    changedComments.add(comment.id)
  }
  for (const [slug, rating] of changes.ratings) {
    const article = state.articles.get(slug)
    if (article) article.rating = rating
    changedRatings.add(slug)
  }
  for (const [key, post] of changes.idempotentPosts) state.idempotentPosts.set(key, post)
  state.commentSequence = Math.max(state.commentSequence, changes.commentSequence)
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
