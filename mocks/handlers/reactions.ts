/**
 * Readers' reactions to a published comment, one per reader key: likes (and taking one back) and
 * reports to the editors. 404, then 400 (no key, a bad report), then 429 when the site limits them.
 */
import { http, HttpResponse } from 'msw'
import { REPORT_NOTE_MAX_LENGTH, reportReasons, type ReportReason } from '../../src/lib/api-schemas.ts'
import { errorResponse, notFound, rateLimited } from '../contract/error-responses.ts'
import { db } from '../db.ts'
import { worldOf } from '../scenarios/active-scenarios.ts'
import type { World } from '../scenarios/world.ts'
import type { StoredComment } from '../store/stored-comment.ts'
import { apiPath, readerKeyOf, readJsonBody, trimmedLength } from './requests.ts'

type Reaction = { comment: StoredComment; readerKey: string; world: World } | { refusal: Response }

/** A comment readers see (not a placeholder), and the request's reader key; or the error to answer. */
function reactionTarget(info: Parameters<typeof worldOf>[0] & { params: { id?: unknown } }): Reaction {
  const world = worldOf(info)
  const comment = world.findCommentById(String(info.params.id))
  if (!comment || comment.status !== 'published' || comment.removed || comment.deleted) {
    return { refusal: notFound('Commentaire') }
  }
  const readerKey = readerKeyOf(info.request)
  if (readerKey === null) {
    return {
      refusal: errorResponse(400, 'validation', 'L’en-tête Reader-Key est obligatoire.', {
        fields: { 'Reader-Key': 'Clé de lecteur manquante ou invalide.' },
      }),
    }
  }
  return { comment, readerKey, world }
}

const isReason = (value: unknown): value is ReportReason =>
  typeof value === 'string' && (reportReasons as readonly string[]).includes(value)

export const reactionHandlers = [
  http.post(apiPath('/comments/:id/likes'), (info) => {
    const target = reactionTarget(info)
    return 'refusal' in target ? target.refusal : HttpResponse.json(db.like(target.comment, target.readerKey))
  }),

  http.delete(apiPath('/comments/:id/likes'), (info) => {
    const target = reactionTarget(info)
    return 'refusal' in target
      ? target.refusal
      : HttpResponse.json(db.unlike(target.comment, target.readerKey))
  }),

  http.post(apiPath('/comments/:id/reports'), async (info) => {
    const target = reactionTarget(info)
    if ('refusal' in target) return target.refusal
    const body = await readJsonBody(info.request)
    const fields: Record<string, string> = {}
    const reason = body?.reason
    const note = body?.note ?? ''
    if (!isReason(reason)) fields.reason = 'Le motif doit être spam, abuse, off_topic ou other.'
    if (typeof note !== 'string') fields.note = 'La note doit être un texte.'
    else if (trimmedLength(note) > REPORT_NOTE_MAX_LENGTH)
      fields.note = `La note ne peut dépasser ${REPORT_NOTE_MAX_LENGTH} caractères.`
    else if (reason === 'other' && trimmedLength(note) === 0)
      fields.note = 'Précisez le motif du signalement.'
    if (!body || !isReason(reason) || typeof note !== 'string' || Object.keys(fields).length > 0) {
      return errorResponse(400, 'validation', 'Le signalement n’a pas pu être envoyé.', { fields })
    }
    const wait = target.world.limitOf('report')
    if (wait !== null) return rateLimited('Trop de signalements en peu de temps.', wait)
    db.report(target.comment, target.readerKey, reason, note.trim())
    return new HttpResponse(null, { status: 202 })
  }),
]
