import type { ApiError } from '@/lib/api-error'
import { describeError } from '@/lib/i18n/describe-error'
import type { Messages } from '@/lib/i18n/fr-ca'

/**
 * Why editing or deleting one's own comment failed. A 403 and a 404 are final (time is up, the
 * comment is gone) and said as such, so the reader does not try again.
 */
export function describeOwnCommentError(error: ApiError, messages: Messages): string {
  const { own } = messages.comments
  if (error.status === 403) return own.expired
  if (error.status === 404) return own.gone
  return describeError(error, messages)
}
