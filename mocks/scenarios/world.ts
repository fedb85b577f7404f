/**
 * The mocked backend's data as a request under given scenarios sees it: the seed data, or none
 * (`empty`), or the first article with a scenario's thread and fields (`huge-thread`, `xss`…).
 */
import type { Article, ArticleSummary } from '../../src/lib/api-schemas.ts'
import { toArticle, toArticleSummary } from '../contract/article-shapes.ts'
import { db } from '../db.ts'
import type { StoredArticle } from '../store/seed-state.ts'
import type { StoredComment } from '../store/stored-comment.ts'
import type { ScenarioName } from './catalogue.ts'
import {
  corpusArticle,
  corpusComments,
  corpusVector,
  deepThread,
  hugeThread,
  pathologicalHtml,
  unicodeArticle,
  unicodeThread,
  xssArticle,
  xssThread,
} from './overlays.ts'
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

  const featured = () => db.articlesNewestFirst()[0]
  /** `xss-corpus`: /articles/xss-<n> is an article built around vector n. */
  const corpusFor = (slug: string) => {
    const base = featured()
    const vector = has('xss-corpus') ? corpusVector(slug) : undefined
    return base && vector ? { base, vector } : undefined
  }

  const findArticle = (slug: string): StoredArticle | undefined => {
    if (isEmpty) return undefined
    const corpus = corpusFor(slug)
    return corpus ? corpusArticle(corpus.base, corpus.vector, slug) : db.findArticle(slug)
  }

  const comments = (slug: string): StoredComment[] => {
    const corpus = corpusFor(slug)
    if (corpus)
      return [
        ...corpusComments(slug, corpus.vector, corpus.base.publishedAt),
        ...db.visibleComments(slug).filter(isWrittenHere),
      ]
    const article = db.findArticle(slug)
    const overlay = article ? overlayFor(article) : null
    const stored = db.visibleComments(slug)
    if (overlay) return [...overlay, ...stored.filter(isWrittenHere)]
    return isEmpty ? stored.filter(isWrittenHere) : stored
  }

  const countComments = (slug: string) => comments(slug).filter((comment) => !comment.deleted).length

  const patch = (article: Article): Article => {
    const corpus = corpusFor(article.slug)
    if (corpus) return { ...article, author: { ...article.author, name: corpus.vector.html } }
    if (article.slug !== featuredSlug) return article
    if (has('xss')) return xssArticle(article)
    if (has('huge-html')) return { ...article, bodyHtml: pathologicalHtml() }
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
