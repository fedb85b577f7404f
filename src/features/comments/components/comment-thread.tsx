import { useSuspenseInfiniteQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { useMessages } from '@/lib/i18n/use-messages'
import { useNow } from '@/lib/react/use-now'
import { commentQueries } from '../api/comment-queries'
import type { CommentSort } from '../api/comments-api'
import { CommentForm } from './comment-form'
import { LoadMoreComments } from './load-more-comments'
import { PendingComment } from './pending-comment'
import { SortControl } from './sort-control'
import { ThreadContext, type ThreadState } from './thread-context'
import { ThreadWindow } from './thread-window'
import { useBuildThread } from './use-build-thread'
import { useGroupPendingPosts } from './use-group-pending-posts'
import { useLiveNews } from './use-live-news'
import { usePermalinkSearch } from './use-permalink-search'
import { useThreadFocus } from './use-thread-focus'
import styles from './comment-thread.module.css'

/**
 * From this many comments (about three pages) only the part of the thread near the reader is
 * rendered. A thread of ordinary length is rendered whole, so find-in-page reaches all of it.
 */
const WINDOW_FROM_COMMENTS = 200

interface CommentThreadProps {
  slug: string
  headingId: string
  sort: CommentSort
  heading: (total: number) => ReactNode
}

/** The loaded thread: its heading and count, news, the comments (windowed when long), more, the form. */
export function CommentThread({ slug, sort, heading, headingId }: CommentThreadProps) {
  const words = useMessages().comments
  const now = useNow()
  const query = useSuspenseInfiniteQuery(commentQueries.thread(slug, sort))
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage, isFetchNextPageError, error } = query
  const pending = useGroupPendingPosts(slug)

  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set())
  const [replyingTo, setReplyingTo] = useState<string | null>(null)
  // The comment last shown on purpose (a permalink, one focus goes to): its page stays rendered.
  const [revealId, setRevealId] = useState<string | null>(null)
  const { roots, chunks, shownCount, revealChunk } = useBuildThread(data.pages, revealId)
  const focusAfterUpdate = useThreadFocus({ headingId, commit: data, onReveal: setRevealId })
  const { highlightedId, isPermalinkMissing } = usePermalinkSearch({
    roots,
    query,
    collapsed,
    setCollapsed,
    onReveal: setRevealId,
  })
  const { newCount, revealNewComments } = useLiveNews(slug, focusAfterUpdate)

  const cachedTotal = data.pages[0]?.total ?? 0
  // Comments others posted count at once; they show when the reader asks.
  const total = cachedTotal + newCount
  const remaining = Math.max(0, cachedTotal - shownCount)
  const isWindowed = cachedTotal >= WINDOW_FROM_COMMENTS

  const focusPosted = useCallback((commentId: string) => focusAfterUpdate({ commentId }), [focusAfterUpdate])
  const onReplyPosted = useCallback(
    (commentId: string) => {
      setReplyingTo(null)
      focusAfterUpdate({ commentId })
    },
    [focusAfterUpdate],
  )

  const pendingReplies = pending.repliesByParent
  const thread: ThreadState = useMemo(
    () => ({
      slug,
      headingId,
      now,
      isCollapsed: (id) => collapsed.has(id),
      toggleCollapsed: (id) =>
        setCollapsed((current) => {
          const next = new Set(current)
          if (!next.delete(id)) next.add(id)
          return next
        }),
      replyingTo,
      setReplyingTo,
      highlightedId,
      pendingReplies,
      focusAfterUpdate,
    }),
    [slug, headingId, now, collapsed, replyingTo, highlightedId, pendingReplies, focusAfterUpdate],
  )

  const pendingList = pending.topLevel.map((post) => (
    <PendingComment key={post.variables.idempotencyKey} post={post} />
  ))

  return (
    <ThreadContext value={thread}>
      {heading(total)}
      {total > 1 && <SortControl sort={sort} />}
      {newCount > 0 && (
        <p className={styles.news}>
          <button type="button" className="button button-secondary" onClick={revealNewComments}>
            {words.live.newComments(newCount)}
          </button>
        </p>
      )}

      {isPermalinkMissing && (
        <p className={styles.notice} role="status">
          {words.permalinkMissing}
        </p>
      )}

      {total === 0 && pending.topLevel.length === 0 ? (
        <div className={styles.empty}>
          <p className={styles.emptyTitle}>{words.emptyTitle}</p>
          <p>{words.emptyBody}</p>
        </div>
      ) : (
        <ol className={styles.thread}>
          {sort === 'newest' && pendingList}
          <ThreadWindow
            chunks={chunks}
            isWindowed={isWindowed}
            revealChunk={revealChunk}
            onReplyPosted={onReplyPosted}
          />
          {sort === 'oldest' && pendingList}
        </ol>
      )}

      <LoadMoreComments
        hasNextPage={hasNextPage}
        isFetchingNextPage={isFetchingNextPage}
        isFetchNextPageError={isFetchNextPageError}
        error={error}
        remaining={remaining}
        onLoadMore={() => void fetchNextPage()}
      />

      <CommentForm slug={slug} parentId={null} onPosted={focusPosted} />
    </ThreadContext>
  )
}
