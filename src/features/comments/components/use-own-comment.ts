import { useSyncExternalStore } from 'react'
import { useNow } from '@/lib/react/use-now'
import { isOwnComment, ownComment, ownCommentsVersion, subscribeToOwnComments } from '../lib/own-comments'

const HALF_A_MINUTE = 30_000

/** Whether the reader may still change this comment, and for how many minutes. */
export function useOwnComment(commentId: string): { minutesLeft: number } | null {
  useSyncExternalStore(subscribeToOwnComments, ownCommentsVersion, () => '')
  // Only the reader's own comments count down: thousands of others must not each run a timer.
  const now = useNow(HALF_A_MINUTE, isOwnComment(commentId))
  const own = ownComment(commentId, now)
  return own ? { minutesLeft: Math.floor((own.editableUntil - now) / 60_000) } : null
}
