/**
 * The mocked backend's data as a request sees it: the db's, under the data overlays of the request's
 * scenarios (nothing for `empty`, another thread or hostile fields on the first article, extra
 * articles for `xss-corpus`, held posts for `moderated`). Overlays never write to the db. Where two
 * change the same thing (a thread, an article's field), the first in the catalogue wins.
 */
import type { Article, ArticleSummary } from '../../src/lib/api-schemas.ts'
import { toArticle, toArticleSummary } from '../contract/article-shapes.ts'
import { db } from '../db.ts'
import type { StoredArticle } from '../store/seed-state.ts'
import type { StoredComment } from '../store/stored-comment.ts'
import { buildThreadIndex, type ThreadIndex } from '../store/thread-index.ts'

/** What a scenario can change in the data. `featured` is the first article of the list. */
export interface DataOverlay {
  /** No articles and no seed comments (the comments written in the session stay). */
  hidesSeed?: boolean
  /** An article the db does not have, served at `slug`; undefined for none. */
  extraArticle?: (slug: string, featured: StoredArticle) => StoredArticle | undefined
  /** The comments shown on `slug` instead of the seed's; undefined leaves them. */
  thread?: (slug: string, featured: StoredArticle) => StoredComment[] | undefined
  /** The article whose overlay thread has this comment, when it is not the first article. */
  threadOfComment?: (commentId: string) => string | undefined
  /** The article as the API sends it; undefined leaves it. */
  article?: (article: Article, featured: StoredArticle) => Article | undefined
  /** New comments wait for an editor's approval. */
  holdsNewComments?: boolean
  /**
   * The site limits these requests now: the seconds a valid one must wait (`Retry-After`). Like a real
   * server, the handlers answer 429 last, after 404, 403 and 400.
   */
  limits?: Partial<Record<LimitedRequest, number>>
}

export type LimitedRequest = 'comment' | 'report'

/** Comments written through the API during the session (the seed's have no edit token). */
const isWrittenHere = (comment: StoredComment) => comment.editToken !== null

const MAX_FEATURED = 10

/**
 * Threads as the overlays show them, kept for one revision of the db: requests in a row (the pages of
 * a thread, the feed's polls) reuse them; any write makes them stale.
 */
const overlayIds = new WeakMap<DataOverlay, number>()
let overlayCount = 0
let threadCache = { revision: -1, threads: new Map<string, ThreadIndex>() }

function overlaysKey(overlays: readonly DataOverlay[]): string {
  return overlays
    .map((overlay) => {
      let id = overlayIds.get(overlay)
      if (id === undefined) {
        id = overlayCount++
        overlayIds.set(overlay, id)
      }
      return id
    })
    .join(',')
}

/** When a comment last changed for readers: itself, or its likes. */
function changedAt(comment: StoredComment): string {
  const likes = db.likesOf(comment.id)?.changedAt
  return likes !== undefined && likes > comment.changedAt ? likes : comment.changedAt
}

export function worldFor(overlays: readonly DataOverlay[]) {
  const hidesSeed = overlays.some((overlay) => overlay.hidesSeed)
  const featured = db.articlesNewestFirst()[0]
  const key = overlaysKey(overlays)

  /** The first overlay's answer, in catalogue order. */
  const firstOf = <T>(pick: (overlay: DataOverlay, featured: StoredArticle) => T | undefined) => {
    if (!featured) return undefined
    for (const overlay of overlays) {
      const value = pick(overlay, featured)
      if (value !== undefined) return value
    }
    return undefined
  }

  const findArticle = (slug: string): StoredArticle | undefined => {
    if (hidesSeed) return undefined
    return firstOf((overlay, first) => overlay.extraArticle?.(slug, first)) ?? db.findArticle(slug)
  }

  /** Every comment of the thread, whatever its state. */
  const threadComments = (slug: string): StoredComment[] => {
    const stored = db.articleComments(slug)
    const shown = firstOf((overlay, first) => overlay.thread?.(slug, first)) ?? (hidesSeed ? [] : null)
    return shown ? [...shown, ...stored.filter(isWrittenHere)] : stored
  }

  const thread = (slug: string): ThreadIndex => {
    if (threadCache.revision !== db.revision()) {
      threadCache = { revision: db.revision(), threads: new Map() }
    }
    const cacheKey = `${key}\n${slug}`
    let index = threadCache.threads.get(cacheKey)
    if (!index) {
      index = buildThreadIndex(threadComments(slug))
      threadCache.threads.set(cacheKey, index)
    }
    return index
  }

  const countComments = (slug: string) => thread(slug).total

  /** Every overlay's changes to the article, the first in the catalogue applied last so that it wins. */
  const patch = (article: Article): Article =>
    featured
      ? overlays.reduceRight((current, overlay) => overlay.article?.(current, featured) ?? current, article)
      : article

  const article = (stored: StoredArticle): Article => patch(toArticle(stored, countComments(stored.slug)))

  return {
    articles: (): StoredArticle[] => (hidesSeed ? [] : db.articlesNewestFirst()),
    findArticle,
    thread,
    /** What readers see of a thread: published comments, deleted placeholders included. */
    comments: (slug: string): StoredComment[] => [...thread(slug).shown.values()],
    countComments,
    /** A comment readers see on this article. */
    findComment: (slug: string, id: string): StoredComment | undefined => thread(slug).shown.get(id),
    /**
     * A comment of any article this world shows, in any state (held, refused, placeholder): the
     * handlers decide who may see it.
     */
    findCommentById(id: string): StoredComment | undefined {
      const slugs = [
        db.findComment(id)?.articleSlug,
        featured?.slug,
        ...overlays.map((overlay) => overlay.threadOfComment?.(id)),
      ]
      for (const slug of slugs) {
        const found = slug !== undefined && findArticle(slug) ? thread(slug).all.get(id) : undefined
        if (found) return found
      }
      return undefined
    },
    /**
     * What changed for readers after `since` (server time), oldest change first: comments published,
     * approved, edited, deleted, liked or picked. A held or refused comment never shows.
     */
    changedSince(slug: string, since: number): StoredComment[] {
      return [...thread(slug).all.values()]
        .filter((comment) => comment.status === 'published' && Date.parse(changedAt(comment)) > since)
        .sort((a, b) => changedAt(a).localeCompare(changedAt(b)) || a.id.localeCompare(b.id))
    },
    /** The editors' ten latest picks, oldest first. */
    featuredComments(slug: string): StoredComment[] {
      return [...thread(slug).shown.values()]
        .filter((comment) => comment.featured && !comment.deleted)
        .sort((a, b) => (b.featuredAt ?? '').localeCompare(a.featuredAt ?? ''))
        .slice(0, MAX_FEATURED)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    },
    holdsNewComments: overlays.some((overlay) => overlay.holdsNewComments),
    /** Seconds to wait before this request is accepted again, or null when it is not limited. */
    limitOf: (request: LimitedRequest): number | null =>
      overlays.find((overlay) => overlay.limits?.[request] !== undefined)?.limits?.[request] ?? null,
    summary: (stored: StoredArticle): ArticleSummary => {
      const { title, excerpt } = patch(toArticle(stored, 0))
      return { ...toArticleSummary(stored, countComments(stored.slug)), title, excerpt }
    },
    article,
  }
}

export type World = ReturnType<typeof worldFor>
