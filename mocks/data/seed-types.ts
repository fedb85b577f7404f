/**
 * The shape of the hand-written seed data. The in-memory db turns these into the contract's
 * `ArticleSummary`, `Article`, `Author` and `Comment` (computing reading time, comment counts, ids).
 */
export interface SeedImage {
  /** A local file under public/images/ (never an external host), e.g. "/images/covers/teletravail.svg". */
  url: string
  alt: string
  width: number
  height: number
}

export interface SeedAuthor {
  slug: string
  name: string
  role: string
  bio: string
  links: { label: string; url: string }[]
  avatar: SeedImage | null
}

export interface SeedCategory {
  slug: string
  name: string
}

/** A hand-written comment; replies nest. Times are offsets from the article's publication. */
export interface SeedComment {
  authorName: string
  body: string
  minutesAfterPublication: number
  /** Who the site knows wrote it: `author` for the article's author, `staff` for the editors. */
  authorBadge?: 'author' | 'staff'
  replies?: SeedComment[]
}

/**
 * How an article's comment thread is built:
 * - `written`: exactly these comments;
 * - `generated`: a deterministic thread of `topLevel` comments drawn from the text pools, with replies
 *   nesting up to `maxDepth` levels (0 = no replies).
 */
export type SeedThread =
  { kind: 'written'; comments: SeedComment[] } | { kind: 'generated'; topLevel: number; maxDepth: number }

export interface SeedArticle {
  slug: string
  title: string
  excerpt: string
  categorySlug: string
  authorSlug: string
  /** ISO 8601 in UTC, e.g. "2016-03-08T14:05:00Z". */
  publishedAt: string
  /** Trusted-by-us but treated as untrusted by the app: h2, h3, p, a, img, ul, ol, li, blockquote, em, strong. */
  bodyHtml: string
  photoCredit: string | null
  cover: SeedImage | null
  related: { title: string; url: string; articleSlug: string | null }[]
  rating: { average: number; count: number }
  thread: SeedThread
}
