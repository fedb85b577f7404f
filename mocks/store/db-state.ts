/**
 * The mock server's data as it stands, and what can be read of it. A reset replaces the state whole,
 * so readers ask for it on every call rather than keeping it.
 */
import type { Category } from '../../src/lib/api-schemas.ts'
import type { SeedAuthor } from '../data/seed-types.ts'
import { seedState, type DbState, type IdempotentPost, type StoredArticle } from './seed-state.ts'
import type { StoredComment } from './stored-comment.ts'

let state = seedState()

export function currentState(): DbState {
  return state
}

/** Back to the seed data. */
export function reseed() {
  state = seedState()
}

export const dbReads = {
  articlesNewestFirst(): StoredArticle[] {
    return [...state.articles.values()].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  },

  findArticle(slug: string): StoredArticle | undefined {
    return state.articles.get(slug)
  },

  findAuthor(slug: string): SeedAuthor | undefined {
    return state.authors.get(slug)
  },

  categories(): Category[] {
    return [...state.categories.values()]
  },

  findCategory(slug: string): Category | undefined {
    return state.categories.get(slug)
  },

  findComment(id: string): StoredComment | undefined {
    return state.comments.get(id)
  },

  /** A comment its author can still edit or delete: neither removed nor left as a placeholder. */
  findStandingComment(id: string): StoredComment | undefined {
    const comment = state.comments.get(id)
    return comment && !comment.removed && !comment.deleted ? comment : undefined
  },

  /** Comments of an article that a thread shows (deleted placeholders included, removed ones not). */
  visibleComments(articleSlug: string): StoredComment[] {
    return [...state.comments.values()].filter(
      (comment) => comment.articleSlug === articleSlug && !comment.removed,
    )
  },

  /** Comments that still count: neither removed nor left as a placeholder. */
  countComments(articleSlug: string): number {
    let count = 0
    for (const comment of state.comments.values()) {
      if (comment.articleSlug === articleSlug && !comment.removed && !comment.deleted) count++
    }
    return count
  },

  changedSince(articleSlug: string, since: number): StoredComment[] {
    return [...state.comments.values()]
      .filter((comment) => comment.articleSlug === articleSlug && Date.parse(comment.changedAt) > since)
      .sort((a, b) => a.changedAt.localeCompare(b.changedAt))
  },

  hasReplies(commentId: string): boolean {
    for (const comment of state.comments.values()) {
      if (comment.parentId === commentId && !comment.removed) return true
    }
    return false
  },

  idempotentPost(key: string): IdempotentPost | undefined {
    return state.idempotentPosts.get(key)
  },
}
