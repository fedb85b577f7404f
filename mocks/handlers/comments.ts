import { http, HttpResponse } from 'msw'
import { buildCommentTrees, toFlatComment, toNewComment } from '../contract/comment-shapes.ts'
import { editWindowClosed, errorResponse, notFound } from '../contract/error-responses.ts'
import { db } from '../db.ts'
import { worldOf } from '../scenarios/active-scenarios.ts'
import type { StoredComment } from '../store/stored-comment.ts'
import { apiPath, integerParam, readJsonBody, trimmedLength } from './requests.ts'

const DEFAULT_LIMIT = 20
const MAX_LIMIT = 100
export const MAX_NAME_LENGTH = 80
export const MAX_BODY_LENGTH = 5000

type Sort = 'oldest' | 'newest'

/** Keyset cursors: the position after the last comment sent, so new comments never shift pages. */
function encodeCursor(sort: Sort, comment: StoredComment): string {
  return btoa(`${sort}|${comment.createdAt}|${comment.id}`).replace(/=+$/, '')
}

function decodeCursor(cursor: string, sort: Sort): { createdAt: string; id: string } | null {
  try {
    const [cursorSort, createdAt, id, ...rest] = atob(cursor).split('|')
    if (cursorSort !== sort || !createdAt || !id || rest.length > 0 || Number.isNaN(Date.parse(createdAt))) {
      return null
    }
    return { createdAt, id }
  } catch {
    return null
  }
}

function compareComments(a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)
}

function validateText(
  fields: Record<string, string>,
  name: string,
  value: unknown,
  max: number,
  label: string,
) {
  if (typeof value !== 'string' || trimmedLength(value) === 0) fields[name] = `${label} est obligatoire.`
  else if (trimmedLength(value) > max) fields[name] = `${label} ne peut dépasser ${max} caractères.`
}

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
    if (sortParam !== 'oldest' && sortParam !== 'newest')
      fields.sort = 'Le tri doit être « oldest » ou « newest ».'
    if (limit === null || limit < 1 || limit > MAX_LIMIT)
      fields.limit = `La limite doit être entre 1 et ${MAX_LIMIT}.`
    const sort: Sort = sortParam === 'newest' ? 'newest' : 'oldest'
    const after = cursorParam === null ? null : decodeCursor(cursorParam, sort)
    if (cursorParam !== null && after === null) fields.cursor = 'Curseur invalide.'
    if (limit === null || Object.keys(fields).length > 0) {
      return errorResponse(400, 'validation', 'Paramètres invalides.', { fields })
    }

    const visible = world.comments(slug)
    const direction = sort === 'oldest' ? 1 : -1
    const topLevel = visible
      .filter((comment) => comment.parentId === null)
      .sort((a, b) => direction * compareComments(a, b))
    const remaining = after
      ? topLevel.filter((comment) => direction * compareComments(comment, after) > 0)
      : topLevel
    const page = remaining.slice(0, limit)
    const last = page.at(-1)
    const trees = buildCommentTrees(visible)

    return HttpResponse.json({
      items: page.map((comment) => trees.get(comment.id)),
      nextCursor: last && remaining.length > limit ? encodeCursor(sort, last) : null,
      total: world.countComments(slug),
    })
  }),

  http.post(apiPath('/articles/:slug/comments'), async (info) => {
    const { params, request } = info
    const world = worldOf(info)
    const slug = String(params.slug)
    if (!world.findArticle(slug)) return notFound('Article')

    const idempotencyKey = request.headers.get('Idempotency-Key')?.trim()
    if (!idempotencyKey) {
      return errorResponse(400, 'validation', 'L’en-tête Idempotency-Key est obligatoire.')
    }
    const earlier = db.idempotentPost(idempotencyKey)
    const earlierComment = earlier && db.findComment(earlier.commentId)
    if (earlierComment) return HttpResponse.json(toNewComment(earlierComment), { status: 201 })

    const body = await readJsonBody(request)
    if (!body) return errorResponse(400, 'validation', 'Le corps de la requête doit être un objet JSON.')
    const fields: Record<string, string> = {}
    validateText(fields, 'authorName', body.authorName, MAX_NAME_LENGTH, 'Le nom')
    validateText(fields, 'body', body.body, MAX_BODY_LENGTH, 'Le commentaire')
    const parentId = body.parentId ?? null
    if (parentId !== null && typeof parentId !== 'string')
      fields.parentId = 'parentId doit être une chaîne ou null.'
    if (Object.keys(fields).length > 0) {
      return errorResponse(400, 'validation', 'Le commentaire n’a pas pu être publié.', { fields })
    }
    if (typeof parentId === 'string' && !world.findComment(slug, parentId))
      return notFound('Commentaire parent')

    const comment = db.createComment({
      articleSlug: slug,
      parentId: typeof parentId === 'string' ? parentId : null,
      authorName: String(body.authorName).trim(),
      body: String(body.body).trim(),
    })
    db.rememberIdempotentPost(idempotencyKey, { articleSlug: slug, commentId: comment.id })
    return HttpResponse.json(toNewComment(comment), { status: 201 })
  }),

  http.get(apiPath('/articles/:slug/comments/changes'), (info) => {
    const { params, request } = info
    const slug = String(params.slug)
    const world = worldOf(info)
    if (!world.findArticle(slug)) return notFound('Article')
    const since = Date.parse(new URL(request.url).searchParams.get('since') ?? '')
    if (Number.isNaN(since)) {
      return errorResponse(400, 'validation', 'Le paramètre since doit être une date ISO 8601.', {
        fields: { since: 'Date ISO 8601 attendue.' },
      })
    }
    return HttpResponse.json({ items: db.changedSince(slug, since).map(toFlatComment) })
  }),

  http.patch(apiPath('/comments/:id'), async ({ params, request }) => {
    const comment = db.findStandingComment(String(params.id))
    if (!comment) return notFound('Commentaire')
    const forbidden = checkEditToken(comment, request)
    if (forbidden) return forbidden
    const body = await readJsonBody(request)
    const fields: Record<string, string> = {}
    validateText(fields, 'body', body?.body, MAX_BODY_LENGTH, 'Le commentaire')
    if (!body || Object.keys(fields).length > 0) {
      return errorResponse(400, 'validation', 'Le commentaire n’a pas pu être modifié.', { fields })
    }
    db.editComment(comment, String(body.body).trim())
    return HttpResponse.json(toFlatComment(comment))
  }),

  http.delete(apiPath('/comments/:id'), ({ params, request }) => {
    const comment = db.findStandingComment(String(params.id))
    if (!comment) return notFound('Commentaire')
    const forbidden = checkEditToken(comment, request)
    if (forbidden) return forbidden
    db.deleteComment(comment)
    return new HttpResponse(null, { status: 204 })
  }),
]

function checkEditToken(comment: StoredComment, request: Request) {
  const token = request.headers.get('Edit-Token')
  if (!token || token !== comment.editToken) {
    return errorResponse(403, 'forbidden', 'Ce commentaire ne peut être modifié qu’avec son jeton d’édition.')
  }
  if (comment.editableUntil === null || db.now() > Date.parse(comment.editableUntil))
    return editWindowClosed()
  return null
}
