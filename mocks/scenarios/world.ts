/**
 * The mocked backend's data as a request under given scenarios sees it: the seed data, or none
 * (`empty`), or the first article with a scenario's thread and fields (`huge-thread`, `xss`…).
 */
import type { Article, ArticleSummary } from '../../src/lib/api-schemas.ts'
import { db, toArticle, toArticleSummary, type StoredArticle, type StoredComment } from '../db.ts'
import type { ScenarioName } from './catalogue.ts'
import { deepThread, hugeThread, unicodeArticle, unicodeThread, xssArticle, xssThread } from './overlays.ts'
import type { MockSettings } from './settings.ts'

/** Comments written through the API during the session (the seed's have no edit token). */
const isWrittenHere = (comment: StoredComment) => comment.editToken !== null

export function worldFor(settings: MockSettings) {
  const has = (name: ScenarioName) => settings.scenarios.includes(name)
  const isEmpty = has('empty')
  /** The first article of the list: where the thread scenarios show. */
  const featuredSlug = db.articlesNewestFirst()[0]?.slug

  const overlayFor = (article: StoredArticle): StoredComment[] | null => {
    if (article.slug !== featuredSlug) return null
    if (has('huge-thread')) return hugeThread(article.slug, article.publishedAt)
    if (has('deep-thread')) return deepThread(article.slug, article.publishedAt)
    if (has('xss')) return xssThread(article.slug, article.publishedAt)
    if (has('unicode')) return unicodeThread(article.slug, article.publishedAt)
    return null
  }

  const findArticle = (slug: string) => (isEmpty ? undefined : db.findArticle(slug))

  const comments = (slug: string): StoredComment[] => {
    const article = db.findArticle(slug)
    const overlay = article ? overlayFor(article) : null
    const stored = db.visibleComments(slug)
    if (overlay) return [...overlay, ...stored.filter(isWrittenHere)]
    return isEmpty ? stored.filter(isWrittenHere) : stored
  }

  const countComments = (slug: string) => comments(slug).filter((comment) => !comment.deleted).length

  const patch = (article: Article): Article => {
    if (article.slug !== featuredSlug) return article
    if (has('xss')) return xssArticle(article)
    if (has('unicode')) return unicodeArticle(article)
    return article
  }

  return {
    settings,
    has,
    articles: (): StoredArticle[] => (isEmpty ? [] : db.articlesNewestFirst()),
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
