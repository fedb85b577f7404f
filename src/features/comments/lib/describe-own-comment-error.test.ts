import { describe, expect, test } from 'vitest'
import { ApiError } from '@/lib/api-error'
import { describeError } from '@/lib/i18n/describe-error'
import { frCA } from '@/lib/i18n/fr-ca'
import { describeOwnCommentError } from './describe-own-comment-error'

describe('why editing or deleting one’s own comment failed', () => {
  test('time is up (403) and gone (404) are said as final; anything else as any error', () => {
    const { own } = frCA.comments
    expect(describeOwnCommentError(new ApiError({ kind: 'http', status: 403 }), frCA)).toBe(own.expired)
    expect(describeOwnCommentError(new ApiError({ kind: 'http', status: 404 }), frCA)).toBe(own.gone)
    const serverError = new ApiError({ kind: 'http', status: 500 })
    expect(describeOwnCommentError(serverError, frCA)).toBe(describeError(serverError, frCA))
    const offline = new ApiError({ kind: 'network' })
    expect(describeOwnCommentError(offline, frCA)).toBe(frCA.errors.network)
  })
})
