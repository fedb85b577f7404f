/**
 * The mock server's data as it starts: the seed's articles, authors and categories, and their
 * comment threads (hand-written, or generated from the text pools with a seeded random generator), the
 * same on every run. A reset builds it again.
 */
import type { Category, Rating, ReportReason } from '../../src/lib/api-schemas.ts'
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
import { decorateThread } from './seed-reactions.ts'
import { buildStoredComment, minutesAfter, type StoredComment } from './stored-comment.ts'

export interface StoredArticle extends Omit<SeedArticle, 'thread'> {
  /** The seed's rating with the readers' votes: what the API shows. */
  rating: Rating
  seedRating: Rating
  /** Readers' votes on top of the seed's rating; a reader key votes once (its later vote replaces it). */
  votes: Vote[]
  /** False: the thread stays readable, posting is refused (`comments_closed`). */
  commentsOpen: boolean
}

/** A vote without a reader key (a v1 client) counts on its own, as WordPress counts it. */
export interface Vote {
  readerKey: string | null
  value: number
}

/** Readers' likes of one comment: one per reader key, and when they last changed (the feed's clock). */
export interface CommentLikes {
  readerKeys: string[]
  changedAt: string
}

export interface Report {
  readerKey: string
  reason: ReportReason
  note: string
  reportedAt: string
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
  /** By comment id, for any comment a thread shows (seed, scenario or written here). */
  likes: Map<string, CommentLikes>
  /** By comment id: each reader key's report, counted once. */
  reports: Map<string, Report[]>
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
    likes: new Map(),
    reports: new Map(),
    idempotentPosts: new Map(),
    commentSequence: 0,
  }
  for (const { thread, ...article } of allSeedArticles) {
    state.articles.set(article.slug, {
      ...article,
      rating: { ...article.rating },
      seedRating: article.rating,
      votes: [],
      commentsOpen: true,
    })
    const comments = seedThread(state, article, thread)
    // The model article keeps its one plain comment, as it was published.
    if (article.slug !== isartaArticle.slug) decorateThread(article, comments)
  }
  return state
}

type AddComment = (fields: {
  parentId: string | null
  authorName: string
  body: string
  minutes: number
}) => StoredComment

/** The article's thread, in creation order. */
function seedThread(
  state: DbState,
  article: Omit<SeedArticle, 'thread'>,
  thread: SeedThread,
): StoredComment[] {
  const added: StoredComment[] = []
  const add: AddComment = ({ minutes, ...fields }) => {
    const comment = buildStoredComment({
      ...fields,
      id: nextCommentId(state),
      articleSlug: article.slug,
      createdAt: minutesAfter(article.publishedAt, minutes),
    })
    state.comments.set(comment.id, comment)
    added.push(comment)
    return comment
  }
  if (thread.kind === 'written') {
    for (const seed of thread.comments) addWritten(add, seed, null)
  } else {
    addGenerated(add, createRandom(hashString(article.slug)), thread.topLevel, thread.maxDepth)
  }
  return added
}

function addWritten(add: AddComment, seed: SeedComment, parentId: string | null) {
  const { authorName, body, minutesAfterPublication: minutes } = seed
  const stored = add({ parentId, authorName, body, minutes })
  // Badges are the seed's word on who wrote it, never guessed from the name.
  if (seed.authorBadge) stored.authorBadge = seed.authorBadge
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
