/**
 * The REST contract (v1.2, also as docs/openapi.json) as run-time schemas. Every response is parsed through
 * one of these before the UI sees it: a missing or wrongly typed field becomes a `malformed` ApiError rather
 * than `undefined` on screen. Unknown extra fields are dropped (valibot's `object` strips them).
 *
 * The fields v1.1 and v1.2 added are optional on the wire (a v1 server's answers stay valid) and get the
 * contract's default on parse, so the parsed types (`Comment`, `Article`) always carry them.
 */
import * as v from 'valibot'

const isoDate = v.pipe(v.string(), v.isoTimestamp())
const count = v.pipe(v.number(), v.integer(), v.minValue(0))

export const imageSchema = v.object({
  url: v.string(),
  alt: v.string(),
  width: v.number(),
  height: v.number(),
})

export const authorRefSchema = v.object({
  slug: v.string(),
  name: v.string(),
  role: v.string(),
  avatar: v.nullable(imageSchema),
})

export const authorSchema = v.object({
  ...authorRefSchema.entries,
  bio: v.string(),
  links: v.array(v.object({ label: v.string(), url: v.string() })),
})

export const categorySchema = v.object({ slug: v.string(), name: v.string() })

export const ratingSchema = v.object({
  average: v.pipe(v.number(), v.minValue(0), v.maxValue(5)),
  count,
})

export const articleSummarySchema = v.object({
  slug: v.string(),
  title: v.string(),
  excerpt: v.string(),
  category: categorySchema,
  author: authorRefSchema,
  publishedAt: isoDate,
  readingMinutes: v.number(),
  commentCount: v.number(),
  rating: ratingSchema,
  cover: v.nullable(imageSchema),
})

export const articleSchema = v.object({
  ...articleSummarySchema.entries,
  author: authorSchema,
  bodyHtml: v.string(),
  photoCredit: v.nullable(v.string()),
  related: v.array(v.object({ title: v.string(), url: v.string(), articleSlug: v.nullable(v.string()) })),
  commentsOpen: v.optional(v.boolean(), true),
})

export const articlePageSchema = v.object({
  items: v.array(articleSummarySchema),
  page: v.number(),
  pageSize: v.number(),
  total: v.number(),
})

export const commentStatuses = ['published', 'pending'] as const
export type CommentStatus = (typeof commentStatuses)[number]
export const authorBadges = ['author', 'staff'] as const
/** `author`: the article's author; `staff`: the editors. Only the server says so, never a name. */
export type AuthorBadge = (typeof authorBadges)[number]
export const reportReasons = ['spam', 'abuse', 'off_topic', 'other'] as const
export type ReportReason = (typeof reportReasons)[number]
export const commentSorts = ['oldest', 'newest', 'popular'] as const
export const REPORT_NOTE_MAX_LENGTH = 500

/** A comment as the client holds it once parsed: the v1.1 and v1.2 fields with their defaults applied. */
export interface Comment {
  id: string
  parentId: string | null
  authorName: string
  body: string
  createdAt: string
  replies: Comment[]
  editedAt?: string | null | undefined
  deleted?: boolean | undefined
  status: CommentStatus
  likeCount: number
  featured: boolean
  authorBadge: AuthorBadge | null
}

/** A comment as a server may send it: a v1 server leaves out what v1.1 and v1.2 added. */
export interface WireComment extends Omit<
  Comment,
  'replies' | 'status' | 'likeCount' | 'featured' | 'authorBadge'
> {
  replies: WireComment[]
  status?: CommentStatus | undefined
  likeCount?: number | undefined
  featured?: boolean | undefined
  authorBadge?: AuthorBadge | null | undefined
}

export const commentSchema: v.GenericSchema<WireComment, Comment> = v.object({
  id: v.string(),
  parentId: v.nullable(v.string()),
  authorName: v.string(),
  body: v.string(),
  createdAt: isoDate,
  replies: v.array(v.lazy(() => commentSchema)),
  editedAt: v.optional(v.nullable(isoDate)),
  deleted: v.optional(v.boolean()),
  status: v.optional(v.picklist(commentStatuses), 'published'),
  likeCount: v.optional(count, 0),
  featured: v.optional(v.boolean(), false),
  authorBadge: v.optional(v.nullable(v.picklist(authorBadges)), null),
})

export const newCommentSchema = v.intersect([
  commentSchema,
  v.object({ editToken: v.string(), editableUntil: isoDate }),
])

export const commentPageSchema = v.object({
  items: v.array(commentSchema),
  nextCursor: v.nullable(v.string()),
  total: v.number(),
})

export const commentChangesSchema = v.object({ items: v.array(commentSchema) })

/** `GET /articles/{slug}/comments/featured`: at most ten editors' picks, oldest first, each with `replies: []`. */
export const featuredCommentsSchema = v.object({ items: v.array(commentSchema) })

/** The answer to `POST` and `DELETE /comments/{id}/likes`. */
export const likeStateSchema = v.object({ likeCount: count, liked: v.boolean() })

export const categoryListSchema = v.object({
  items: v.array(v.object({ ...categorySchema.entries, articleCount: v.number() })),
})

export const apiErrorBodySchema = v.object({
  error: v.object({
    code: v.string(),
    message: v.string(),
    fields: v.optional(v.record(v.string(), v.string())),
  }),
})

export type Image = v.InferOutput<typeof imageSchema>
export type AuthorRef = v.InferOutput<typeof authorRefSchema>
export type Author = v.InferOutput<typeof authorSchema>
export type Category = v.InferOutput<typeof categorySchema>
export type Rating = v.InferOutput<typeof ratingSchema>
export type ArticleSummary = v.InferOutput<typeof articleSummarySchema>
export type Article = v.InferOutput<typeof articleSchema>
export type ArticlePage = v.InferOutput<typeof articlePageSchema>
export type NewComment = v.InferOutput<typeof newCommentSchema>
export type CommentPage = v.InferOutput<typeof commentPageSchema>
export type CommentChanges = v.InferOutput<typeof commentChangesSchema>
export type FeaturedComments = v.InferOutput<typeof featuredCommentsSchema>
export type LikeState = v.InferOutput<typeof likeStateSchema>
export type CommentSort = (typeof commentSorts)[number]
export type CategoryWithCount = v.InferOutput<typeof categoryListSchema>['items'][number]
export type ApiErrorBody = v.InferOutput<typeof apiErrorBodySchema>
