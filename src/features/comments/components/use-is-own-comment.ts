import { useSyncExternalStore } from 'react'
import { authoredComments } from '../lib/device-ids'
import { isOwnComment, ownCommentsVersion, subscribeToOwnComments } from '../lib/own-comments'

/**
 * Whether the reader wrote this comment on this device: its secret is still kept (own-comments.ts),
 * or it is remembered as theirs after that. Nobody likes or reports their own comment.
 */
export function useIsOwnComment(commentId: string): boolean {
  useSyncExternalStore(subscribeToOwnComments, ownCommentsVersion, () => '')
  useSyncExternalStore(authoredComments.subscribe, authoredComments.version, () => '')
  return isOwnComment(commentId) || authoredComments.has(commentId)
}
