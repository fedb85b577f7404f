import { useCallback, useEffect, useRef, useState } from 'react'
import { commentAnchor } from '@/lib/routing/paths'
import { scrollToComment } from '../lib/scroll-to-comment'
import type { FocusTarget } from './thread-context'

/** How many of the thread's commits a comment focus is going to may take to arrive. */
const COMMITS_TO_WAIT = 5

interface ThreadFocusOptions {
  /** The thread's heading, where focus goes when the comment it was meant for never shows. */
  headingId: string
  /** Changes with each commit that may bring the comment (the thread's data). */
  commit: unknown
  /** The comment focus is going to: its chunk must be rendered. */
  onReveal: (commentId: string) => void
}

/**
 * `focusAfterUpdate`: moves focus once the thread has re-rendered, to a comment (scrolled into view)
 * or to the thread's heading. Never inside an animation frame that may run too early.
 */
export function useThreadFocus({ headingId, commit, onReveal }: ThreadFocusOptions) {
  const focusTarget = useRef<{ target: FocusTarget; commitsLeft: number } | null>(null)
  const [focusRequests, setFocusRequests] = useState(0)
  const focusAfterUpdate = useCallback(
    (target: FocusTarget) => {
      focusTarget.current = { target, commitsLeft: COMMITS_TO_WAIT }
      setFocusRequests((count) => count + 1)
      if (target !== 'heading') onReveal(target.commentId)
    },
    [onReveal],
  )
  // After the commit that shows the change (children's effects, like a dialog closing, run first). A
  // comment the cache has not delivered yet is waited for over the next few commits of the thread.
  useEffect(() => {
    const request = focusTarget.current
    if (!request) return
    const { target } = request
    const element =
      target === 'heading'
        ? document.getElementById(headingId)
        : document.getElementById(commentAnchor(target.commentId))
    if (!element && request.commitsLeft-- > 0) return
    focusTarget.current = null
    const focused = element ?? document.getElementById(headingId)
    focused?.focus({ preventScroll: true })
    if (target !== 'heading' && focused) scrollToComment(focused)
  }, [focusRequests, headingId, commit])
  return focusAfterUpdate
}
