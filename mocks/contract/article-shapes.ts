/** Stored articles and authors in the contract's shapes: `ArticleSummary`, `Article`, `Author`. */
import type { Article, ArticleSummary, Author, AuthorRef, Category } from '../../src/lib/api-schemas.ts'
import type { SeedAuthor } from '../data/seed-types.ts'
import { dbReads } from '../store/db-state.ts'
import type { StoredArticle } from '../store/seed-state.ts'

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
  const author = dbReads.findAuthor(slug)
  if (!author) throw new Error(`Seed data: unknown author ${slug}`)
  return author
}

function requireCategory(slug: string): Category {
  const category = dbReads.findCategory(slug)
  if (!category) throw new Error(`Seed data: unknown category ${slug}`)
  return category
}

export function toArticleSummary(
  article: StoredArticle,
  commentCount = dbReads.countComments(article.slug),
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

export function toArticle(
  article: StoredArticle,
  commentCount = dbReads.countComments(article.slug),
): Article {
  return {
    ...toArticleSummary(article, commentCount),
    author: toAuthor(requireAuthor(article.authorSlug)),
    bodyHtml: article.bodyHtml,
    photoCredit: article.photoCredit,
    related: article.related,
    commentsOpen: article.commentsOpen,
  }
}
