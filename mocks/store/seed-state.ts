/**
 * The mock server's data as it starts: the seed's articles, authors and categories, and their
 * comment threads (hand-written, or generated from the text pools with a seeded random generator), the
 * same on every run. A reset builds it again.
 */
import type { Category, Rating } from '../../src/lib/api-schemas.ts'
import { createRandom, hashString } from '../data/random.ts'
import { seedArticles, seedAuthors, seedCategories } from '../data/seed-catalogue.ts'
import {
  commentAuthorNames,
  commentClosings,
  commentMiddles,
  commentOpenings,
  replyOpenings,
} from '../data/seed-comment-pool.ts'
import { isartaArticle, isartaAuthor } from '../data/seed-isarta.ts'
import type { SeedArticle, SeedAuthor, SeedComment, SeedThread } from '../data/seed-types.ts'
import { buildStoredComment, minutesAfter, type StoredComment } from './stored-comment.ts'

export interface StoredArticle extends Omit<SeedArticle, 'thread'> {
  rating: Rating
}

/** A post already answered, so a retry with the same `Idempotency-Key` gets the same comment. */
export interface IdempotentPost {
  articleSlug: string
  commentId: string
}

export interface DbState {
  articles: Map<string, StoredArticle>
  authors: Map<string, SeedAuthor>
  categories: Map<string, Category>
  comments: Map<string, StoredComment>
  idempotentPosts: Map<string, IdempotentPost>
  /** The number of the last comment id handed out (`c000042`). */
  commentSequence: number
}

const allSeedArticles: SeedArticle[] = [isartaArticle, ...seedArticles]
const allSeedAuthors: SeedAuthor[] = [isartaAuthor, ...seedAuthors]

/** The next comment id, in creation order: ids are stable from one run to the next. */
export function nextCommentId(state: DbState): string {
  state.commentSequence += 1
  return `c${String(state.commentSequence).padStart(6, '0')}`
}

export function seedState(): DbState {
  const state: DbState = {
    articles: new Map(),
    authors: new Map(allSeedAuthors.map((author) => [author.slug, author])),
    categories: new Map(seedCategories.map((category) => [category.slug, category])),
    comments: new Map(),
    idempotentPosts: new Map(),
    commentSequence: 0,
  }
  for (const { thread, ...article } of allSeedArticles) {
    state.articles.set(article.slug, { ...article, rating: { ...article.rating } })
    seedThread(state, article, thread)
  }
  return state
}

type AddComment = (fields: {
  parentId: string | null
  authorName: string
  body: string
  minutes: number
}) => StoredComment

function seedThread(state: DbState, article: Omit<SeedArticle, 'thread'>, thread: SeedThread) {
  const add: AddComment = ({ minutes, ...fields }) => {
    const comment = buildStoredComment({
      ...fields,
      id: nextCommentId(state),
      articleSlug: article.slug,
      createdAt: minutesAfter(article.publishedAt, minutes),
    })
    state.comments.set(comment.id, comment)
    return comment
  }
  if (thread.kind === 'written') {
    for (const seed of thread.comments) addWritten(add, seed, null)
  } else {
    addGenerated(add, createRandom(hashString(article.slug)), thread.topLevel, thread.maxDepth)
  }
}

function addWritten(add: AddComment, seed: SeedComment, parentId: string | null) {
  const { authorName, body, minutesAfterPublication: minutes } = seed
  const stored = add({ parentId, authorName, body, minutes })
  for (const reply of seed.replies ?? []) addWritten(add, reply, stored.id)
}

/** A thread drawn from the text pools: replies get rarer the deeper they go. */
function addGenerated(
  add: AddComment,
  random: ReturnType<typeof createRandom>,
  topLevel: number,
  maxDepth: number,
) {
  let minutes = 20
  const addOne = (parentId: string | null, depth: number) => {
    minutes += random.int(3, 90)
    const opening = depth === 0 ? random.pick(commentOpenings) : random.pick(replyOpenings)
    const body = [opening, random.pick(commentMiddles), random.pick(commentClosings)]
      .filter(Boolean)
      .join(' ')
    const stored = add({ parentId, authorName: random.pick(commentAuthorNames), body, minutes })
    if (depth < maxDepth && random.next() < 0.45 / (depth + 1)) {
      const replyCount = random.int(1, 3)
      for (let reply = 0; reply < replyCount; reply++) addOne(stored.id, depth + 1)
    }
  }
  for (let index = 0; index < topLevel; index++) addOne(null, 0)
}
