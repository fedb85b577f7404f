/**
 * The contract's error shape, `{ error: { code, message, fields? } }`, for the resource handlers'
 * validation and for the scenarios that answer with an error.
 */
import { HttpResponse } from 'msw'

type ErrorCode = 'not_found' | 'validation' | 'forbidden' | 'rate_limited' | 'comments_closed' | 'internal'

export function errorResponse(
  status: number,
  code: ErrorCode,
  message: string,
  options: { fields?: Record<string, string>; headers?: HeadersInit } = {},
) {
  return HttpResponse.json(
    { error: { code, message, ...(options.fields ? { fields: options.fields } : {}) } },
    { status, ...(options.headers ? { headers: options.headers } : {}) },
  )
}

export const notFound = (what: string) => errorResponse(404, 'not_found', `${what} introuvable.`)

/** A closed thread (v1.1): still listed in full, posting refused. */
export const commentsClosed = () =>
  errorResponse(403, 'comments_closed', 'Les commentaires sont fermés pour cet article.')

/** A rate limit, with the seconds to wait. */
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  errorResponse(429, 'rate_limited', message, { headers: { 'Retry-After': String(retryAfterSeconds) } })

/** A server fault, as the error scenarios simulate it. */
export const internalError = () => errorResponse(500, 'internal', 'Erreur interne simulée.')

/** The same answer whether the 15 minutes ran out or the `edit-expired` scenario says they did. */
export const editWindowClosed = () =>
  errorResponse(403, 'forbidden', 'Le délai de modification de ce commentaire est écoulé.')
