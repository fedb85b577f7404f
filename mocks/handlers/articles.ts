import { http, HttpResponse } from 'msw'
import { errorResponse, notFound } from '../contract/error-responses.ts'
import { db } from '../db.ts'
import { worldOf } from '../scenarios/active-scenarios.ts'
import { apiPath, integerParam, readerKeyOf, readJsonBody } from './requests.ts'

const DEFAULT_PAGE_SIZE = 12
const MAX_PAGE_SIZE = 50

/** Case-, accent- and typography-insensitive form of a text, for search. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
}

export const articleHandlers = [
  http.get(apiPath('/articles'), (info) => {
    const world = worldOf(info)
    const url = new URL(info.request.url)
    const page = integerParam(url, 'page', 1)
    const pageSize = integerParam(url, 'pageSize', DEFAULT_PAGE_SIZE)
    const fields: Record<string, string> = {}
    if (page === null || page < 1) fields.page = 'La page doit être un entier supérieur ou égal à 1.'
    if (pageSize === null || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      fields.pageSize = `La taille de page doit être un entier entre 1 et ${MAX_PAGE_SIZE}.`
    }
    if (page === null || pageSize === null || Object.keys(fields).length > 0) {
      return errorResponse(400, 'validation', 'Paramètres de recherche invalides.', { fields })
    }

    // Every word of the query must appear, in any order: "quebec gare" finds "le Québec toujours en gare".
    const words = foldForSearch(url.searchParams.get('q') ?? '')
      .split(/\s+/)
      .filter(Boolean)
    const category = url.searchParams.get('category')
    const author = url.searchParams.get('author')
    const matching = world
      .articles()
      .filter((article) => !category || article.categorySlug === category)
      .filter((article) => !author || article.authorSlug === author)
      .filter((article) => {
        const text = foldForSearch(`${article.title} ${article.excerpt}`)
        return words.every((word) => text.includes(word))
      })

    const start = (page - 1) * pageSize
    return HttpResponse.json({
      items: matching.slice(start, start + pageSize).map(world.summary),
      page,
      pageSize,
      total: matching.length,
    })
  }),

  http.get(apiPath('/articles/:slug'), (info) => {
    const world = worldOf(info)
    const article = world.findArticle(String(info.params.slug))
    return article ? HttpResponse.json(world.article(article)) : notFound('Article')
  }),

  http.post(apiPath('/articles/:slug/ratings'), async (info) => {
    const article = worldOf(info).findArticle(String(info.params.slug))
    if (!article) return notFound('Article')
    const body = await readJsonBody(info.request)
    const value = body?.value
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) {
      return errorResponse(400, 'validation', 'La note doit être un entier de 1 à 5.', {
        fields: { value: 'La note doit être un entier de 1 à 5.' },
      })
    }
    // v1.2: a later vote with the same reader key replaces the earlier one; without a key, it counts alone.
    return HttpResponse.json(db.rate(article, value, readerKeyOf(info.request)))
  }),
]
