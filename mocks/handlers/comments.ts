/**
 * An article's thread: its pages in three orders, posting (held when the site moderates, refused when
 * the thread is closed), the changes feed and the editors' picks. Errors come in the contract's order:
 * 404, then 403, then 400, then 429.
 */
import { http, HttpResponse } from 'msw'
import { commentSorts, type CommentSort } from '../../src/lib/api-schemas.ts'
import { decodeCursor, encodeCursor } from '../contract/comment-cursors.ts'
import { toCommentTree, toFlatComment, toNewComment } from '../contract/comment-shapes.ts'
import { commentsClosed, errorResponse, notFound, rateLimited } from '../contract/error-responses.ts'
import { db } from '../db.ts'
import { worldOf } from '../scenarios/active-scenarios.ts'
import { pageOf } from '../store/thread-index.ts'
import { apiPath, integerParam, parseIsoDate, readJsonBody, validateText } from './requests.ts'

const DEFAULT_LIMIT = 20
const MAX_LIMIT = 100
export const MAX_NAME_LENGTH = 80
export const MAX_BODY_LENGTH = 5000

const isSort = (value: string): value is CommentSort => (commentSorts as readonly string[]).includes(value)

export const commentHandlers = [
  http.get(apiPath('/articles/:slug/comments'), (info) => {
    const { params, request } = info
    const world = worldOf(info)
    const slug = String(params.slug)
    if (!world.findArticle(slug)) return notFound('Article')
    const url = new URL(request.url)
    const sortParam = url.searchParams.get('sort') ?? 'oldest'
    const limit = integerParam(url, 'limit', DEFAULT_LIMIT)
    const cursorParam = url.searchParams.get('cursor')
    const fields: Record<string, string> = {}
    if (!isSort(sortParam)) fields.sort = 'Le tri doit être « oldest », « newest » ou « popular ».'
    if (limit === null || limit < 1 || limit > MAX_LIMIT)
      fields.limit = `La limite doit être entre 1 et ${MAX_LIMIT}.`
    const sort = isSort(sortParam) ? sortParam : 'oldest'
    const after = cursorParam === null ? null : decodeCursor(cursorParam, sort)
    if (cursorParam !== null && after === null) fields.cursor = 'Curseur invalide.'
    if (limit === null || Object.keys(fields).length > 0) {
      return errorResponse(400, 'validation', 'Paramètres invalides.', { fields })
    }
    const thread = world.thread(slug)
    const page = pageOf(thread, sort, after, limit)
    return HttpResponse.json({
      items: page.items.map((comment) => toCommentTree(comment, (id) => thread.repliesOf(id))),
      nextCursor: page.next ? encodeCursor(sort, page.next) : null,
      total: thread.total,
    })
  }),

  http.post(apiPath('/articles/:slug/comments'), async (info) => {
    const { params, request } = info
    const world = worldOf(info)
    const slug = String(params.slug)
    const article = world.findArticle(slug)
    if (!article) return notFound('Article')
    // A retry of a post already answered gets that answer, before anything else is checked.
    const idempotencyKey = request.headers.get('Idempotency-Key')?.trim()
    const earlier = idempotencyKey ? db.idempotentPost(idempotencyKey) : undefined
    const earlierComment = earlier && db.findComment(earlier.commentId)
    if (earlierComment) return HttpResponse.json(toNewComment(earlierComment), { status: 201 })

    const body = await readJsonBody(request)
    const parentId = body?.parentId ?? null
    if (typeof parentId === 'string' && !world.findComment(slug, parentId)) {
      return notFound('Commentaire parent')
    }
    if (!world.article(article).commentsOpen) return commentsClosed()
    if (!idempotencyKey) {
      return errorResponse(400, 'validation', 'L’en-tête Idempotency-Key est obligatoire.')
    }
    if (!body) return errorResponse(400, 'validation', 'Le corps de la requête doit être un objet JSON.')
    const fields: Record<string, string> = {}
    validateText(fields, 'authorName', body.authorName, MAX_NAME_LENGTH, 'Le nom')
    validateText(fields, 'body', body.body, MAX_BODY_LENGTH, 'Le commentaire')
    if (parentId !== null && typeof parentId !== 'string')
      fields.parentId = 'parentId doit être une chaîne ou null.'
    if (Object.keys(fields).length > 0) {
      return errorResponse(400, 'validation', 'Le commentaire n’a pas pu être publié.', { fields })
    }
    const wait = world.limitOf('comment')
    if (wait !== null) return rateLimited('Trop de commentaires en peu de temps.', wait)
    const comment = db.createComment(
      {
        articleSlug: slug,
        parentId: typeof parentId === 'string' ? parentId : null,
        authorName: String(body.authorName).trim(),
        body: String(body.body).trim(),
      },
      { held: world.holdsNewComments },
    )
    db.rememberIdempotentPost(idempotencyKey, { articleSlug: slug, commentId: comment.id })
    return HttpResponse.json(toNewComment(comment), { status: 201 })
  }),

  http.get(apiPath('/articles/:slug/comments/changes'), (info) => {
    const { params, request } = info
    const slug = String(params.slug)
    const world = worldOf(info)
    if (!world.findArticle(slug)) return notFound('Article')
    const since = parseIsoDate(new URL(request.url).searchParams.get('since'))
    if (since === null) {
      return errorResponse(400, 'validation', 'Le paramètre since doit être une date ISO 8601.', {
        fields: { since: 'Date ISO 8601 attendue.' },
      })
    }
    return HttpResponse.json({ items: world.changedSince(slug, since).map(toFlatComment) })
  }),

  http.get(apiPath('/articles/:slug/comments/featured'), (info) => {
    const slug = String(info.params.slug)
    const world = worldOf(info)
    if (!world.findArticle(slug)) return notFound('Article')
    return HttpResponse.json({ items: world.featuredComments(slug).map(toFlatComment) })
  }),
]
