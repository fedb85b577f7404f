/**
 * The mock server's data as it stands, and what can be read of it. A reset replaces the state whole,
 * so readers ask for it on every call rather than keeping it.
 */
import type { Category } from '../../src/lib/api-schemas.ts'
import type { SeedAuthor } from '../data/seed-types.ts'
import { seedState, type DbState, type IdempotentPost, type StoredArticle } from './seed-state.ts'
import type { StoredComment } from './stored-comment.ts'

let state = seedState()
let revision = 0

export function currentState(): DbState {
  return state
}

/** Back to the seed data. */
export function reseed() {
  state = seedState()
  markChanged()
}

/** Every write calls this: what was computed from the data before (a thread's order) is stale. */
export function markChanged() {
  revision += 1
}

/** Readers for whom "published" is what everyone sees: neither held, nor refused, nor removed. */
const isShown = (comment: StoredComment) => comment.status === 'published' && !comment.removed

export const dbReads = {
  /** Grows with every write: computed views of the data are valid for one revision. */
  revision(): number {
    return revision
  },

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

  /** Every stored comment of an article, whatever its state (the world filters). */
  articleComments(articleSlug: string): StoredComment[] {
    return [...state.comments.values()].filter((comment) => comment.articleSlug === articleSlug)
  },

  /** Comments of an article that a thread shows: published (deleted placeholders included, removed ones not). */
  visibleComments(articleSlug: string): StoredComment[] {
    return [...state.comments.values()].filter(
      (comment) => comment.articleSlug === articleSlug && isShown(comment),
    )
  },

  /** Comments that count: published, neither removed nor left as a placeholder. */
  countComments(articleSlug: string): number {
    let count = 0
    for (const comment of state.comments.values()) {
      if (comment.articleSlug === articleSlug && isShown(comment) && !comment.deleted) count++
    }
    return count
  },

  /** Comments held for moderation, oldest first (the QA panel approves or refuses them). */
  heldComments(): StoredComment[] {
    return [...state.comments.values()]
      .filter((comment) => comment.status === 'pending' && !comment.removed)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  },

  hasReplies(commentId: string): boolean {
    for (const comment of state.comments.values()) {
      if (comment.parentId === commentId && isShown(comment)) return true
    }
    return false
  },

  /** Readers' likes of a comment: their keys, and when they last changed. */
  likesOf(commentId: string) {
    return state.likes.get(commentId)
  },

  /** The likes it came with, plus one per reader key. */
  likeCount(comment: StoredComment): number {
    return comment.likeCount + (state.likes.get(comment.id)?.readerKeys.length ?? 0)
  },

  /** Reports of a comment, one per reader key. */
  reportsOf(commentId: string) {
    return state.reports.get(commentId) ?? []
  },

  idempotentPost(key: string): IdempotentPost | undefined {
    return state.idempotentPosts.get(key)
  },
}
