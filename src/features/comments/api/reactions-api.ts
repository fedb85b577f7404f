/**
 * Readers' reactions to a comment (contract v1.2): a like, and a report to the editors. Each carries
 * the device's reader key, so that it counts once per device whatever the reader clicks.
 */
import { apiRequest } from '@/lib/api-client'
import { likeStateSchema, type LikeState, type ReportReason } from '@/lib/api-schemas'
import { readerKeyHeader } from '@/lib/browser/reader-key'

const likesPath = (id: string) => `/comments/${encodeURIComponent(id)}/likes`

export function likeComment(id: string): Promise<LikeState> {
  return apiRequest(likesPath(id), { schema: likeStateSchema, method: 'POST', headers: readerKeyHeader() })
}

export function unlikeComment(id: string): Promise<LikeState> {
  return apiRequest(likesPath(id), { schema: likeStateSchema, method: 'DELETE', headers: readerKeyHeader() })
}

export interface ReportInput {
  reason: ReportReason
  /** Required (non-empty after trimming) for `other`; at most 500 characters. */
  note: string
}

/** 202 without a body; the same device reporting the same comment again is counted once. */
export function reportComment(id: string, { reason, note }: ReportInput): Promise<undefined> {
  return apiRequest(`/comments/${encodeURIComponent(id)}/reports`, {
    schema: undefined,
    method: 'POST',
    body: note.trim() ? { reason, note: note.trim() } : { reason },
    headers: readerKeyHeader(),
  })
}
