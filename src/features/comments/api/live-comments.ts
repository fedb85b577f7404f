/**
 * The thread, live: while the article is open and the tab visible, new, edited and deleted comments
 * from others arrive through the changes endpoint. Edits and deletions apply in place; new comments
 * wait behind a "N nouveaux commentaires" button, so nothing moves under the reader's eyes. The
 * reader's own held comments are asked about when the thread opens and with each poll; one the
 * editors approve takes its place in the thread at once (it is the reader's, not news). Likes and
 * editors' picks (v1.2) update in place too; nothing is reordered.
 */
import { onlineManager, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Comment } from '@/lib/api-schemas'
import { isHeldComment, isOwnComment } from '../lib/own-comments'
import { listCommentChanges } from './comments-api'
import { usePendingPosts } from './create-comment'
import { commentQueries } from './comment-queries'
import { checkHeldComments, settleHeldComment } from './held-comments'
import { findCachedComment, removeComment, replaceComment, revealComments } from './thread-cache'

/** The contract asks for polls at most every 15 s. */
export const LIVE_POLL_MS = 15_000
const MAX_BACKOFF_MS = 120_000
/** Changes are asked for a little before the last poll: clocks differ; applying one twice is harmless. */
const CLOCK_MARGIN_MS = 60_000

const isVisible = () => document.visibilityState === 'visible'

/**
 * The feed also lists old comments that were just liked or picked. One written before the thread
 * opened, with likes or picked, is such a reaction; a comment approved late by the editors has
 * neither, and is still news.
 */
const isReactionToOlder = (change: Comment, openedAt: number) =>
  (change.likeCount > 0 || change.featured) && Date.parse(change.createdAt) < openedAt - CLOCK_MARGIN_MS

export function useLiveComments(slug: string) {
  const queryClient = useQueryClient()
  const pendingPosts = usePendingPosts(slug)
  const [arrivals, setArrivals] = useState<Comment[]>([])
  const [openedAt] = useState(Date.now)

  // A post of the reader's still on its way is theirs, even before it has an id.
  const isOwnPending = useCallback(
    (comment: Comment) =>
      pendingPosts.some(
        ({ variables }) =>
          variables.parentId === comment.parentId &&
          variables.authorName.trim() === comment.authorName &&
          variables.body.trim() === comment.body,
      ),
    [pendingPosts],
  )

  const apply = useCallback(
    (changes: Comment[]) => {
      const news: Comment[] = []
      let isPickChanged = false
      for (const change of changes) {
        const cached = findCachedComment(queryClient, slug, change.id)
        if (change.deleted) {
          if (cached && !cached.deleted) removeComment(queryClient, slug, change.id)
          setArrivals((current) => current.filter((comment) => comment.id !== change.id))
        } else if (isHeldComment(change.id)) {
          settleHeldComment(queryClient, slug, change, { isLiveChange: true })
        } else if (cached) {
          const isChanged =
            (cached.editedAt ?? null) !== (change.editedAt ?? null) ||
            cached.status !== change.status ||
            cached.likeCount !== change.likeCount ||
            cached.featured !== change.featured
          if (isChanged) replaceComment(queryClient, slug, change)
          if (cached.featured !== change.featured) isPickChanged = true
        } else if (isReactionToOlder(change, openedAt)) {
          // Liked or picked on a page not loaded yet: it comes with its page, it is not news.
          isPickChanged ||= change.featured
        } else if (!isOwnComment(change.id) && !isOwnPending(change)) {
          news.push(change)
        }
      }
      if (isPickChanged)
        void queryClient.invalidateQueries({ queryKey: commentQueries.featured(slug).queryKey })
      if (news.length > 0) {
        setArrivals((current) => [
          ...current,
          ...news.filter((comment) => !current.some((known) => known.id === comment.id)),
        ])
      }
    },
    [queryClient, slug, isOwnPending, openedAt],
  )

  // The poll loop lives as long as the article; it always applies with the latest state.
  const applyLatest = useRef(apply)
  useEffect(() => {
    applyLatest.current = apply
  }, [apply])

  useEffect(() => {
    let since = new Date(Date.now() - CLOCK_MARGIN_MS).toISOString()
    let delay = LIVE_POLL_MS
    let timer: number | undefined
    let controller: AbortController | undefined
    let stopped = false

    // Paused while the tab is hidden or offline; back to the normal pace when they return.
    const schedule = () => {
      window.clearTimeout(timer)
      if (stopped || !isVisible() || !onlineManager.isOnline()) return
      timer = window.setTimeout(() => void poll(), delay)
    }
    const poll = async () => {
      const startedAt = Date.now()
      controller = new AbortController()
      try {
        applyLatest.current(await listCommentChanges(slug, since, controller.signal))
        since = new Date(startedAt - CLOCK_MARGIN_MS).toISOString()
        delay = LIVE_POLL_MS
        await checkHeldComments(queryClient, slug, controller.signal)
      } catch {
        if (controller.signal.aborted) return
        // Backing off on errors: a struggling server is not asked every 15 s.
        delay = Math.min(delay * 2, MAX_BACKOFF_MS)
      }
      schedule()
    }
    const resume = () => {
      delay = LIVE_POLL_MS
      schedule()
    }

    document.addEventListener('visibilitychange', resume)
    const unsubscribe = onlineManager.subscribe(resume)
    schedule()
    // The reader's held comments may have been decided on while they were away.
    const opening = new AbortController()
    void checkHeldComments(queryClient, slug, opening.signal)
    return () => {
      stopped = true
      window.clearTimeout(timer)
      opening.abort()
      controller?.abort()
      document.removeEventListener('visibilitychange', resume)
      unsubscribe()
    }
  }, [queryClient, slug])

  // Comments revealed some other way (the reader's own post) are no longer news.
  const waiting = arrivals.filter((comment) => !findCachedComment(queryClient, slug, comment.id))

  const reveal = useCallback(() => {
    revealComments(queryClient, slug, waiting)
    setArrivals([])
    return waiting
  }, [queryClient, slug, waiting])

  return { newComments: waiting, reveal }
}
