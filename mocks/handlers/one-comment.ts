/**
 * One comment: reading it (a held one only with its edit token), and its author's edit and deletion
 * with the token, within the 15-minute window. 404, then 403, then 400.
 */
import { http, HttpResponse } from 'msw'
import { toFlatComment } from '../contract/comment-shapes.ts'
import { editWindowClosed, errorResponse, notFound } from '../contract/error-responses.ts'
import { db } from '../db.ts'
import { worldOf } from '../scenarios/active-scenarios.ts'
import type { StoredComment } from '../store/stored-comment.ts'
import { MAX_BODY_LENGTH } from './comments.ts'
import { apiPath, readJsonBody, validateText } from './requests.ts'

const hasToken = (comment: StoredComment, request: Request) => {
  const token = request.headers.get('Edit-Token')
  return token !== null && token !== '' && token === comment.editToken
}

/** Its author may still change it: neither gone, nor a placeholder, nor refused. */
const isStanding = (comment: StoredComment) =>
  !comment.removed && !comment.deleted && comment.status !== 'rejected'

function checkEditToken(comment: StoredComment, request: Request) {
  if (!hasToken(comment, request)) {
    return errorResponse(403, 'forbidden', 'Ce commentaire ne peut être modifié qu’avec son jeton d’édition.')
  }
  if (comment.editableUntil === null || db.now() > Date.parse(comment.editableUntil))
    return editWindowClosed()
  return null
}

export const oneCommentHandlers = [
  http.get(apiPath('/comments/:id'), (info) => {
    const comment = worldOf(info).findCommentById(String(info.params.id))
    const readable =
      comment &&
      !comment.removed &&
      (comment.status === 'published' || (comment.status === 'pending' && hasToken(comment, info.request)))
    return readable ? HttpResponse.json(toFlatComment(comment)) : notFound('Commentaire')
  }),

  http.patch(apiPath('/comments/:id'), async (info) => {
    const { request } = info
    const comment = worldOf(info).findCommentById(String(info.params.id))
    if (!comment || !isStanding(comment)) return notFound('Commentaire')
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

  http.delete(apiPath('/comments/:id'), (info) => {
    const comment = worldOf(info).findCommentById(String(info.params.id))
    if (!comment || !isStanding(comment)) return notFound('Commentaire')
    const forbidden = checkEditToken(comment, info.request)
    if (forbidden) return forbidden
    db.deleteComment(comment)
    return new HttpResponse(null, { status: 204 })
  }),
]
