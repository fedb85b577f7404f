/**
 * The mocks' content as one JSON file for WordPress's importer (php/seed.php): the same categories,
 * authors, articles, images and threads the mocked API serves (built by mocks/db.ts, so generated
 * threads are identical), plus one unlisted QA article carrying the mocks' 5,000-comment `huge-thread`.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { db, type StoredComment } from '../../mocks/db.ts'
import { seedAuthors } from '../../mocks/data/seed-catalogue.ts'
import { isartaArticle, isartaAuthor } from '../../mocks/data/seed-isarta.ts'
import type { SeedImage } from '../../mocks/data/seed-types.ts'
import { hugeThread } from '../../mocks/scenarios/huge-thread.ts'
import { REPO } from './layout.ts'

export const HUGE_THREAD_SLUG = 'qa-fil-de-5000-commentaires'

export interface SeedComment {
  ref: string
  parentRef: string | null
  authorName: string
  body: string
  createdAt: string
  editedAt: string | null
  deleted: boolean
  status: 'published' | 'pending'
  likeCount: number
  featured: boolean
  authorBadge: 'author' | 'staff' | null
}

export interface SeedArticle {
  slug: string
  title: string
  excerpt: string
  categorySlug: string
  authorSlug: string
  publishedAt: string
  bodyHtml: string
  photoCredit: string | null
  cover: SeedImage | null
  related: { title: string; url: string; articleSlug: string | null }[]
  rating: { average: number; count: number }
  commentsOpen: boolean
  unlisted: boolean
  comments: SeedComment[]
}

export interface SeedFile {
  categories: { slug: string; name: string }[]
  authors: {
    slug: string
    name: string
    role: string
    bio: string
    links: { label: string; url: string }[]
    avatar: SeedImage | null
  }[]
  /** Every local image the content uses: its URL in the app (/images/…) and the file to copy. */
  images: { url: string; file: string; width: number; height: number }[]
  articles: SeedArticle[]
  isartaSlug: string
  hugeThreadSlug: string
}

/** Fields later mock versions may add to a stored comment (v1.1, v1.2); absent ones take the contract's defaults. */
interface LaterFields {
  status?: unknown
  likeCount?: unknown
  featured?: unknown
  authorBadge?: unknown
}

function toSeedComment(comment: StoredComment): SeedComment {
  const later = comment as StoredComment & LaterFields
  return {
    ref: comment.id,
    parentRef: comment.parentId,
    authorName: comment.authorName,
    body: comment.body,
    createdAt: comment.createdAt,
    editedAt: comment.editedAt,
    deleted: comment.deleted,
    status: later.status === 'pending' ? 'pending' : 'published',
    likeCount: typeof later.likeCount === 'number' ? later.likeCount : 0,
    featured: later.featured,
    authorBadge: later.authorBadge === 'author' || later.authorBadge === 'staff' ? later.authorBadge : null,
  }
}

/** Parents before their replies, as the importer needs them. */
function parentsFirst(comments: StoredComment[]): StoredComment[] {
  const byAge = [...comments].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  )
  const byId = new Map(byAge.map((comment) => [comment.id, comment]))
  const placed = new Set<string>()
  const ordered: StoredComment[] = []
  const place = (comment: StoredComment) => {
    if (placed.has(comment.id)) return
    const parent = comment.parentId === null ? undefined : byId.get(comment.parentId)
    if (parent) place(parent)
    placed.add(comment.id)
    ordered.push(comment.parentId !== null && !parent ? { ...comment, parentId: null } : comment)
  }
  for (const comment of byAge) place(comment)
  return ordered
}

export function buildSeed(): SeedFile {
  db.reset()
  const images = new Map<string, SeedFile['images'][number]>()
  const addImage = (url: string, width: number, height: number) => {
    if (!url.startsWith('/images/') || images.has(url)) return
    const file = resolve(REPO, 'mocks/public', url.slice(1))
    if (!existsSync(file)) throw new Error(`Seed image missing: ${file}`)
    images.set(url, { url, file, width, height })
  }
  const authors = [isartaAuthor, ...seedAuthors]
  for (const author of authors)
    if (author.avatar) addImage(author.avatar.url, author.avatar.width, author.avatar.height)

  const articles: SeedArticle[] = db.articlesNewestFirst().map((article) => {
    if (article.cover) addImage(article.cover.url, article.cover.width, article.cover.height)
    for (const match of article.bodyHtml.matchAll(/<img\b[^>]*>/g)) {
      const tag = match[0]
      const src = /\bsrc="([^"]+)"/.exec(tag)?.[1]
      const width = Number(/\bwidth="(\d+)"/.exec(tag)?.[1] ?? 0)
      const height = Number(/\bheight="(\d+)"/.exec(tag)?.[1] ?? 0)
      if (src) addImage(src, width, height)
    }
    const later = article as typeof article & { commentsOpen?: unknown }
    return {
      slug: article.slug,
      title: article.title,
      excerpt: article.excerpt,
      categorySlug: article.categorySlug,
      authorSlug: article.authorSlug,
      publishedAt: article.publishedAt,
      bodyHtml: article.bodyHtml,
      photoCredit: article.photoCredit,
      cover: article.cover,
      related: article.related,
      rating: article.rating,
      commentsOpen: later.commentsOpen,
      unlisted: false,
      comments: parentsFirst(db.visibleComments(article.slug)).map(toSeedComment),
    }
  })

  const model = articles.find((article) => article.slug === isartaArticle.slug)
  if (!model) throw new Error('Seed data: the Isarta article is missing')
  const hugePublishedAt = '2014-06-02T13:00:00Z'
  articles.push({
    ...model,
    slug: HUGE_THREAD_SLUG,
    title: 'QA : fil de 5 000 commentaires (performance)',
    excerpt:
      'Article de contrôle non listé : le fil de 5 000 commentaires du scénario huge-thread, pour mesurer les pages de commentaires.',
    publishedAt: hugePublishedAt,
    bodyHtml:
      '<p>Article de contrôle pour les mesures de performance : son fil compte 5 000 commentaires imbriqués.</p>',
    photoCredit: null,
    cover: null,
    related: [],
    rating: { average: 0, count: 0 },
    unlisted: true,
    comments: parentsFirst(hugeThread(HUGE_THREAD_SLUG, hugePublishedAt)).map(toSeedComment),
  })

  return {
    categories: db.categories(),
    authors: authors.map(({ slug, name, role, bio, links, avatar }) => ({
      slug,
      name,
      role,
      bio,
      links,
      avatar,
    })),
    images: [...images.values()],
    articles,
    isartaSlug: isartaArticle.slug,
    hugeThreadSlug: HUGE_THREAD_SLUG,
  }
}

export function writeSeedFile(path: string) {
  writeFileSync(path, JSON.stringify(buildSeed()))
}
