/**
 * The mocked backend's data as a request sees it: the db's, under the data overlays of the request's
 * scenarios (nothing for `empty`, another thread or hostile fields on the first article, extra
 * articles for `xss-corpus`). Overlays never write to the db. Where two change the same thing, the
 * first in the catalogue wins.
 */
import type { Article, ArticleSummary } from '../../src/lib/api-schemas.ts'
import { toArticle, toArticleSummary } from '../contract/article-shapes.ts'
import { db } from '../db.ts'
import type { StoredArticle } from '../store/seed-state.ts'
import type { StoredComment } from '../store/stored-comment.ts'

/** What a scenario can change in the data. `featured` is the first article of the list. */
export interface DataOverlay {
  /** No articles and no seed comments (the comments written in the session stay). */
  hidesSeed?: boolean
  /** An article the db does not have, served at `slug`; undefined for none. */
  extraArticle?: (slug: string, featured: StoredArticle) => StoredArticle | undefined
  /** The comments shown on `slug` instead of the seed's; undefined leaves them. */
  thread?: (slug: string, featured: StoredArticle) => StoredComment[] | undefined
  /** The article as the API sends it; undefined leaves it. */
  article?: (article: Article, featured: StoredArticle) => Article | undefined
}

/** Comments written through the API during the session (the seed's have no edit token). */
const isWrittenHere = (comment: StoredComment) => comment.editToken !== null

export function worldFor(overlays: readonly DataOverlay[]) {
  const hidesSeed = overlays.some((overlay) => overlay.hidesSeed)
  const featured = db.articlesNewestFirst()[0]

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

  const comments = (slug: string): StoredComment[] => {
    const stored = db.visibleComments(slug)
    const shown = firstOf((overlay, first) => overlay.thread?.(slug, first)) ?? (hidesSeed ? [] : null)
    return shown ? [...shown, ...stored.filter(isWrittenHere)] : stored
  }

  const countComments = (slug: string) => comments(slug).filter((comment) => !comment.deleted).length

  const patch = (article: Article): Article =>
    firstOf((overlay, first) => overlay.article?.(article, first)) ?? article

  return {
    articles: (): StoredArticle[] => (hidesSeed ? [] : db.articlesNewestFirst()),
    findArticle,
    comments,
    countComments,
    findComment: (slug: string, id: string): StoredComment | undefined =>
      comments(slug).find((comment) => comment.id === id),
    summary: (article: StoredArticle): ArticleSummary => {
      const { title, excerpt } = patch(toArticle(article, 0))
      return { ...toArticleSummary(article, countComments(article.slug)), title, excerpt }
    },
    article: (article: StoredArticle): Article => patch(toArticle(article, countComments(article.slug))),
  }
}

export type World = ReturnType<typeof worldFor>
