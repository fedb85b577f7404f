import { createContext, useContext } from 'react'
import type { PostState } from '../api/create-comment'
import type { HeldComment } from '../lib/own-comments'

/** Where focus goes once the thread has re-rendered: a comment, or the thread's heading. */
export type FocusTarget = { commentId: string } | 'heading'

/** What every comment of a thread shares: which are collapsed, which one is being answered… */
export interface ThreadState {
  slug: string
  /** The thread's heading, where focus goes when the comment it was on disappears. */
  headingId: string
  now: number
  isCollapsed: (commentId: string) => boolean
  toggleCollapsed: (commentId: string) => void
  replyingTo: string | null
  setReplyingTo: (commentId: string | null) => void
  highlightedId: string | null
  /**
   * Moves focus once the thread has re-rendered: to a comment, or to the thread's heading (when the
   * comment that had focus is going away). Never inside an animation frame that may run too early.
   */
  focusAfterUpdate: (target: FocusTarget) => void
  /** Replies on their way to the server, by the id of the comment they answer. */
  pendingReplies: ReadonlyMap<string, PostState[]>
  /** The reader's replies held for moderation (or refused), by the id of the comment they answer. */
  heldReplies: ReadonlyMap<string, HeldComment[]>
  /** False once the article's comments are closed: no more "Répondre". */
  isOpen: boolean
}

export const ThreadContext = createContext<ThreadState | null>(null)

export function useThread(): ThreadState {
  const thread = useContext(ThreadContext)
  if (!thread) throw new Error('useThread() outside a comment thread')
  return thread
}
