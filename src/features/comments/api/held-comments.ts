/**
 * The reader's comments held for moderation (v1.1), as the server decides on them. A held comment is
 * in nobody's thread, its author's included: this device keeps it (lib/own-comments.ts) and asks
 * about it with its secret, when the thread opens and then with each poll of the live thread, never
 * more often. Published, it joins the thread once, as an ordinary comment; refused (404 with its
 * token), its text is offered back to its author.
 */
import type { QueryClient } from '@tanstack/react-query'
import { isApiError } from '@/lib/api-error'
import type { Comment } from '@/lib/api-schemas'
import {
  forgetOwnComment,
  heldSecretsOf,
  isHeldComment,
  markHeldPublished,
  markHeldRefused,
  updateHeldComment,
} from '../lib/own-comments'
import { getComment } from './comments-api'
import { findCachedComment, insertComment } from './thread-cache'

interface SettleOptions {
  /**
   * Learned from the changes feed: an approval made while the thread was open, so the thread's count
   * does not have it yet. Asked for alone, it may have been approved before the thread was loaded.
   */
  isLiveChange: boolean
}

/** What the server now says of one of the reader's held comments. */
export function settleHeldComment(
  queryClient: QueryClient,
  slug: string,
  comment: Comment,
  { isLiveChange }: SettleOptions,
) {
  if (!isHeldComment(comment.id)) return
  if (comment.deleted) {
    forgetOwnComment(comment.id)
  } else if (comment.status === 'published') {
    if (!findCachedComment(queryClient, slug, comment.id)) {
      insertComment(queryClient, slug, comment, { isCountedWhereNotLoaded: !isLiveChange })
    }
    markHeldPublished(comment.id)
  } else {
    updateHeldComment(comment)
  }
}

/**
 * Asks the server about each of the reader's comments still held on this article. One already in the
 * thread (it was loaded after its approval) needs no asking. A failure (offline, a server error)
 * changes nothing: the next poll asks again. Never throws.
 */
export async function checkHeldComments(queryClient: QueryClient, slug: string, signal?: AbortSignal) {
  for (const { id, editToken } of heldSecretsOf(slug)) {
    if (signal?.aborted) return
    if (findCachedComment(queryClient, slug, id)) {
      markHeldPublished(id)
      continue
    }
    try {
      const comment = await getComment(id, editToken, signal)
      settleHeldComment(queryClient, slug, comment, { isLiveChange: false })
    } catch (error) {
      if (isApiError(error) && error.status === 404) markHeldRefused(id)
    }
  }
}
