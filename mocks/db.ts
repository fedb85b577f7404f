/**
 * The mocked backend's in-memory database. Built from the seed data, the same on every run, and
 * resettable (`db.reset()`) between tests or from the QA tools. Handlers read and write through it and
 * turn its records into the contract's shapes with the `to*` functions below.
 */
import type {
  Article,
  ArticleSummary,
  Author,
  AuthorRef,
  Category,
  Comment,
  NewComment,
  Rating,
} from '../src/lib/api-schemas.ts'
import { seedArticles, seedAuthors, seedCategories } from './data/seed-catalogue.ts'
import {
  commentAuthorNames,
  commentClosings,
  commentMiddles,
  commentOpenings,
  replyOpenings,
} from './data/seed-comment-pool.ts'
import { isartaArticle, isartaAuthor } from './data/seed-isarta.ts'
import { randomUuid } from '../src/lib/uuid.ts'
import { createRandom, hashString } from './data/random.ts'
import type { SeedArticle, SeedAuthor, SeedComment } from './data/seed-types.ts'

export const EDIT_WINDOW_MS = 15 * 60 * 1000

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

export interface StoredArticle extends Omit<SeedArticle, 'thread'> {
  rating: Rating
}

interface IdempotentPost {
  articleSlug: string
  commentId: string
}

const allSeedArticles: SeedArticle[] = [isartaArticle, ...seedArticles]
const allSeedAuthors: SeedAuthor[] = [isartaAuthor, ...seedAuthors]

function createState() {
  const articles = new Map<string, StoredArticle>()
  const comments = new Map<string, StoredComment>()
  let commentSequence = 0
  const nextCommentId = () => `c${String(++commentSequence).padStart(6, '0')}`

  const addComment = (
    fields: Omit<
      StoredComment,
      'id' | 'changedAt' | 'editedAt' | 'deleted' | 'removed' | 'editToken' | 'editableUntil'
    >,
  ) => {
    const comment: StoredComment = {
      ...fields,
      id: nextCommentId(),
      changedAt: fields.createdAt,
      editedAt: null,
      deleted: false,
      removed: false,
      editToken: null,
      editableUntil: null,
    }
    comments.set(comment.id, comment)
    return comment
  }

  for (const { thread, ...article } of allSeedArticles) {
    articles.set(article.slug, { ...article, rating: { ...article.rating } })
    const published = Date.parse(article.publishedAt)
    if (thread.kind === 'written') {
      const addWritten = (seed: SeedComment, parentId: string | null) => {
        const stored = addComment({
          articleSlug: article.slug,
          parentId,
          authorName: seed.authorName,
          body: seed.body,
          createdAt: new Date(published + seed.minutesAfterPublication * 60_000).toISOString(),
        })
        for (const reply of seed.replies ?? []) addWritten(reply, stored.id)
      }
      for (const seed of thread.comments) addWritten(seed, null)
    } else {
      const random = createRandom(hashString(article.slug))
      let minutes = 20
      const addGenerated = (parentId: string | null, depth: number) => {
        minutes += random.int(3, 90)
        const opening = depth === 0 ? random.pick(commentOpenings) : random.pick(replyOpenings)
        const body = [opening, random.pick(commentMiddles), random.pick(commentClosings)]
          .filter(Boolean)
          .join(' ')
        const stored = addComment({
          articleSlug: article.slug,
          parentId,
          authorName: random.pick(commentAuthorNames),
          body,
          createdAt: new Date(published + minutes * 60_000).toISOString(),
        })
        if (depth < thread.maxDepth && random.next() < 0.45 / (depth + 1)) {
          const replyCount = random.int(1, 3)
          for (let reply = 0; reply < replyCount; reply++) addGenerated(stored.id, depth + 1)
        }
      }
      for (let index = 0; index < thread.topLevel; index++) addGenerated(null, 0)
    }
  }

  return {
    articles,
    authors: new Map(allSeedAuthors.map((author) => [author.slug, author])),
    categories: new Map(seedCategories.map((category) => [category.slug, category])),
    comments,
    idempotentPosts: new Map<string, IdempotentPost>(),
    nextCommentId,
    commentSequence: () => commentSequence,
    setCommentSequence: (value: number) => {
      commentSequence = value
    },
  }
}

/**
 * What the mock "server" has learned since it started: comments written or changed, ratings, and
 * idempotency keys. In the browser it is kept in sessionStorage, so a reload does not forget a post —
 * as a real server would not.
 */
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

let persistence: DbPersistence | null = null
let frozenNow: number | null = null
const changedComments = new Set<string>()
const changedRatings = new Set<string>()

function applyChanges(changes: DbChanges) {
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
  state.setCommentSequence(Math.max(state.commentSequence(), changes.commentSequence))
}

function saveChanges() {
  persistence?.save({
    comments: [...changedComments].flatMap((id) => state.comments.get(id) ?? []),
    ratings: [...changedRatings].flatMap((slug): [string, Rating][] => {
      const article = state.articles.get(slug)
      return article ? [[slug, article.rating]] : []
    }),
    idempotentPosts: [...state.idempotentPosts],
    commentSequence: state.commentSequence(),
  })
}

function touchComment(comment: StoredComment) {
  changedComments.add(comment.id)
  saveChanges()
}

let state = createState()

export const db = {
  /** Back to the seed data, forgetting every change (and its saved copy). */
  reset() {
    state = createState()
    changedComments.clear()
    changedRatings.clear()
    persistence?.clear()
  },

  /** Keeps changes across reloads (the browser's mock backend uses sessionStorage). */
  persistWith(next: DbPersistence) {
    persistence = next
    const saved = next.load()
    if (saved) applyChanges(saved)
  },

  now(): number {
    return frozenNow ?? Date.now()
  },

  /** A fixed "now" for the QA tools' frozen clock, or null for the real one. */
  setClock(time: number | null) {
    frozenNow = time
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

  createComment(fields: { articleSlug: string; parentId: string | null; authorName: string; body: string }) {
    const now = new Date(db.now())
    const comment: StoredComment = {
      ...fields,
      id: state.nextCommentId(),
      createdAt: now.toISOString(),
      changedAt: now.toISOString(),
      editedAt: null,
      deleted: false,
      removed: false,
      editToken: randomUuid(),
      editableUntil: new Date(now.getTime() + EDIT_WINDOW_MS).toISOString(),
    }
    state.comments.set(comment.id, comment)
    touchComment(comment)
    return comment
  },

  /** A comment by another reader (no edit token): the `live` scenario's activity. */
  addReaderComment(fields: {
    articleSlug: string
    parentId: string | null
    authorName: string
    body: string
  }) {
    const now = new Date(db.now()).toISOString()
    const comment: StoredComment = {
      ...fields,
      id: state.nextCommentId(),
      createdAt: now,
      changedAt: now,
      editedAt: null,
      deleted: false,
      removed: false,
      editToken: null,
      editableUntil: null,
    }
    state.comments.set(comment.id, comment)
    touchComment(comment)
    return comment
  },

  /** The QA tools' "expire the edit window now". */
  expireEditWindows() {
    const now = new Date(db.now() - 1000).toISOString()
    for (const comment of state.comments.values()) {
      if (comment.editableUntil !== null) {
        comment.editableUntil = now
        touchComment(comment)
      }
    }
  },

  editComment(comment: StoredComment, body: string) {
    const now = new Date(db.now()).toISOString()
    comment.body = body
    comment.editedAt = now
    comment.changedAt = now
    touchComment(comment)
  },

  deleteComment(comment: StoredComment) {
    comment.changedAt = new Date(db.now()).toISOString()
    if (db.hasReplies(comment.id)) {
      comment.deleted = true
      comment.authorName = ''
      comment.body = ''
    } else {
      comment.removed = true
    }
    touchComment(comment)
  },

  idempotentPost(key: string): IdempotentPost | undefined {
    return state.idempotentPosts.get(key)
  },

  rememberIdempotentPost(key: string, post: IdempotentPost) {
    state.idempotentPosts.set(key, post)
    saveChanges()
  },

  rate(article: StoredArticle, value: number): Rating {
    const count = article.rating.count + 1
    const average = Math.round(((article.rating.average * article.rating.count + value) / count) * 100) / 100
    article.rating = { average, count }
    changedRatings.add(article.slug)
    saveChanges()
    return article.rating
  },
}

const WORDS_PER_MINUTE = 220

function readingMinutes(html: string): number {
  const words = html
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}

function toAuthorRef(author: SeedAuthor): AuthorRef {
  return { slug: author.slug, name: author.name, role: author.role, avatar: author.avatar }
}

export function toAuthor(author: SeedAuthor): Author {
  return { ...toAuthorRef(author), bio: author.bio, links: author.links }
}

function requireAuthor(slug: string): SeedAuthor {
  const author = db.findAuthor(slug)
  if (!author) throw new Error(`Seed data: unknown author ${slug}`)
  return author
}

function requireCategory(slug: string): Category {
  const category = db.findCategory(slug)
  if (!category) throw new Error(`Seed data: unknown category ${slug}`)
  return category
}

export function toArticleSummary(
  article: StoredArticle,
  commentCount = db.countComments(article.slug),
): ArticleSummary {
  return {
    slug: article.slug,
    title: article.title,
    excerpt: article.excerpt,
    category: requireCategory(article.categorySlug),
    author: toAuthorRef(requireAuthor(article.authorSlug)),
    publishedAt: article.publishedAt,
    readingMinutes: readingMinutes(article.bodyHtml),
    commentCount,
    rating: article.rating,
    cover: article.cover,
  }
}

export function toArticle(article: StoredArticle, commentCount = db.countComments(article.slug)): Article {
  return {
    ...toArticleSummary(article, commentCount),
    author: toAuthor(requireAuthor(article.authorSlug)),
    bodyHtml: article.bodyHtml,
    photoCredit: article.photoCredit,
    related: article.related,
  }
}

/** A comment without its replies, as the changes feed sends it. */
export function toFlatComment(comment: StoredComment): Comment {
  return {
    id: comment.id,
    parentId: comment.parentId,
    authorName: comment.authorName,
    body: comment.body,
    createdAt: comment.createdAt,
    replies: [],
    editedAt: comment.editedAt,
    ...(comment.deleted || comment.removed ? { deleted: true, authorName: '', body: '' } : {}),
  }
}

/** Builds each top-level comment's whole reply tree (replies oldest first). */
export function buildCommentTrees(comments: StoredComment[]): Map<string, Comment> {
  const nodes = new Map<string, Comment>()
  for (const comment of comments) nodes.set(comment.id, toFlatComment(comment))
  const byAge = [...comments].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  )
  for (const comment of byAge) {
    if (comment.parentId === null) continue
    const node = nodes.get(comment.id)
    const parent = nodes.get(comment.parentId)
    if (node && parent) parent.replies.push(node)
  }
  return nodes
}

export function toNewComment(comment: StoredComment): NewComment {
  if (comment.editToken === null || comment.editableUntil === null) {
    throw new Error('Only comments created through the API have an edit token')
  }
  return { ...toFlatComment(comment), editToken: comment.editToken, editableUntil: comment.editableUntil }
}
