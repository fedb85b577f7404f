import { useSuspenseInfiniteQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { useMessages } from '@/lib/i18n/use-messages'
import { useNow } from '@/lib/react/use-now'
import { commentQueries } from '../api/comment-queries'
import type { CommentSort } from '../api/comments-api'
import { useIsClosedByPost } from '../api/create-comment'
import { CommentForm } from './comment-form'
import { HeldCommentItem } from './comment-item'
import { CommentsClosed } from './comments-closed'
import { EditorsPicks } from './editors-picks'
import { LoadMoreComments } from './load-more-comments'
import { PendingComment } from './pending-comment'
import { SortControl } from './sort-control'
import { ThreadContext, type ThreadState } from './thread-context'
import { ThreadWindow } from './thread-window'
import { useBuildThread } from './use-build-thread'
import { useGroupPendingPosts } from './use-group-pending-posts'
import { useHeldComments } from './use-held-comments'
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
  /** The article's `commentsOpen`: false, the thread reads as before but takes no more comments. */
  commentsOpen: boolean
}

/**
 * The loaded thread: its heading and count, the editors' picks, news, the comments (windowed when
 * long), the reader's held ones, more, and the form (or, once the thread is closed, the notice that says so).
 */
export function CommentThread({ slug, sort, heading, headingId, commentsOpen }: CommentThreadProps) {
  const words = useMessages().comments
  const now = useNow()
  const query = useSuspenseInfiniteQuery(commentQueries.thread(slug, sort))
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage, isFetchNextPageError, error } = query
  const pending = useGroupPendingPosts(slug)
  const held = useHeldComments(slug, data)
  // Closed by the article, or learned from a post the server refused (the thread closed meanwhile).
  const isClosedByPost = useIsClosedByPost(slug)
  const isOpen = commentsOpen && !isClosedByPost
  // Open when first shown: a closing from then on replaces the form under the reader's eyes.
  const [wasOpenAtFirst] = useState(isOpen)

  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set())
  const [replyingTo, setReplyingTo] = useState<string | null>(null)
  // The comment last shown on purpose (a permalink, one focus goes to): its page stays rendered.
  const [revealId, setRevealId] = useState<string | null>(null)
  const { roots, chunks, shownCount, revealChunk } = useBuildThread(data.pages, revealId)
  // The reader's held comments live on the device, not in `data`: their changes are commits too.
  const { topLevel: heldTopLevel, repliesByParent: heldReplies } = held
  const commit = useMemo(() => [data, heldTopLevel, heldReplies], [data, heldTopLevel, heldReplies])
  const focusAfterUpdate = useThreadFocus({ headingId, commit, onReveal: setRevealId })
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
      heldReplies,
      isOpen,
      focusAfterUpdate,
    }),
    [
      slug,
      headingId,
      now,
      collapsed,
      replyingTo,
      highlightedId,
      pendingReplies,
      heldReplies,
      isOpen,
      focusAfterUpdate,
    ],
  )

  const pendingList = pending.topLevel.map((post) => (
    <PendingComment key={post.variables.idempotencyKey} post={post} />
  ))
  const heldList = heldTopLevel.map((entry) => (
    <HeldCommentItem
      key={entry.comment.id}
      held={entry}
      depth={0}
      inReplyTo={null}
      onReplyPosted={onReplyPosted}
    />
  ))

  return (
    <ThreadContext value={thread}>
      {heading(total)}
      <EditorsPicks slug={slug} />
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

      {total === 0 && pending.topLevel.length === 0 && heldTopLevel.length === 0 ? (
        <div className={styles.empty}>
          <p className={styles.emptyTitle}>{words.emptyTitle}</p>
          <p>{words.emptyBody}</p>
        </div>
      ) : (
        <ol className={styles.thread}>
          {sort === 'newest' && pendingList}
          {sort === 'newest' && heldList.toReversed()}
          <ThreadWindow
            chunks={chunks}
            isWindowed={isWindowed}
            revealChunk={revealChunk}
            onReplyPosted={onReplyPosted}
          />
          {/* Most liked first ends, like oldest first, with the newest (not liked yet). */}
          {sort !== 'newest' && heldList}
          {sort !== 'newest' && pendingList}
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

      {isOpen ? (
        <CommentForm slug={slug} parentId={null} onPosted={focusPosted} />
      ) : (
        <CommentsClosed slug={slug} replacesForm={wasOpenAtFirst} />
      )}
    </ThreadContext>
  )
}
