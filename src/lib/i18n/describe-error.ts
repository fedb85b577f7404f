import { isApiError } from '../api-error'
import type { Messages } from './fr-ca'

/** A reader-facing French sentence for any error, never the raw (untrusted, technical) server text. */
export function describeError(error: unknown, messages: Messages): string {
  const { errors } = messages
  if (!isApiError(error)) return errors.unexpected
  switch (error.kind) {
    case 'network':
      return errors.network
    case 'timeout':
      return errors.timeout
    case 'malformed':
      return errors.malformed
    case 'http':
      if (error.status === 429) return errors.rateLimited(error.retryAfterSeconds)
      if (error.status === 404) return errors.notFound
      if (error.status !== null && error.status >= 500) return errors.server
      return errors.badRequest
  }
}
