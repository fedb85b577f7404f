import { useSuspenseInfiniteQuery } from '@tanstack/react-query'
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { useLocation, useSearchParams } from 'react-router'
import { ErrorMessage } from '@/components/error-message'
import { useAnnounce } from '@/components/live-announcer'
import { QueryBoundary } from '@/components/query-boundary'
import { LoadingStatus, SkeletonLines } from '@/components/skeleton'
import { useMessages } from '@/lib/i18n/use-messages'
import { inPlaceUpdateState } from '@/lib/navigation-state'
import { useNow } from '@/lib/use-now'
import { commentQueries } from '../api/comment-queries'
import type { CommentSort } from '../api/comments-api'
import { usePendingPosts, type PostState } from '../api/create-comment'
import { useLiveComments } from '../api/live-comments'
import { scrollToComment } from '../lib/scroll-to-comment'
import { createChunker } from '../lib/thread-chunks'
import { countComments, createThreadBuilder, findAncestors, uniqueComments } from '../lib/thread-tree'
import { CommentForm } from './comment-form'
import { commentAnchor } from '../lib/comment-anchor'
import { PendingComment } from './pending-comment'
import { ThreadContext, type ThreadState } from './thread-context'
import { ThreadWindow } from './thread-window'
import styles from './comments-section.module.css'

interface CommentsSectionProps {
  slug: string
  sort: CommentSort
  /** The article's own count, shown until the thread's `total` arrives. */
  initialCount: number
}

/**
 * The comment thread under an article. It loads and fails on its own: while it loads or if it fails,
 * the article above stays whole and readable.
 */
export function CommentsSection({ slug, sort, initialCount }: CommentsSectionProps) {
  const messages = useMessages()
  const headingId = useId()
  const heading = (total: number) => (
    <h2 id={headingId} className={styles.heading} tabIndex={-1}>
      {messages.comments.heading(total)}
    </h2>
  )
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <QueryBoundary
        resetKeys={[slug, sort]}
        fallback={
          <>
            {heading(initialCount)}
            <LoadingStatus />
            <SkeletonLines lines={4} />
          </>
        }
        renderError={(error, retry) => (
          <>
            {heading(initialCount)}
            <ErrorMessage
              error={error}
              title={messages.comments.loadError}
              onRetry={retry}
              headingLevel={3}
            />
          </>
        )}
      >
        <CommentThread slug={slug} sort={sort} heading={heading} headingId={headingId} />
      </QueryBoundary>
    </section>
  )
}

interface CommentThreadProps {
  slug: string
  headingId: string
  sort: CommentSort
  heading: (total: number) => ReactNode
}

/** Pages of top-level comments are fetched one by one until a permalinked comment shows up. */
const MAX_PAGES_FOR_PERMALINK = 100

/**
 * From this many comments (about three pages) only the part of the thread near the reader is
 * rendered. A thread of ordinary length is rendered whole, so find-in-page reaches all of it.
 */
const WINDOW_FROM_COMMENTS = 200

function CommentThread({ slug, sort, heading, headingId }: CommentThreadProps) {
  const messages = useMessages()
  const words = messages.comments
  const now = useNow()
  const location = useLocation()
  const query = useSuspenseInfiniteQuery(commentQueries.thread(slug, sort))
  const { data, hasNextPage, fetchNextPage, isFetching, isFetchingNextPage, isFetchNextPageError, error } =
    query
  const pendingPosts = usePendingPosts(slug)

  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set())
  const [replyingTo, setReplyingTo] = useState<string | null>(null)
  const [highlightedId, setHighlightedId] = useState<string | null>(null)

  const comments = useMemo(() => uniqueComments(data.pages), [data.pages])
  // One builder per thread: unchanged comments keep their nodes, so only new pages render.
  const [buildThread] = useState(createThreadBuilder)
  const roots = useMemo(() => buildThread(comments), [buildThread, comments])
  const [chunkThread] = useState(() => createChunker())
  const chunks = useMemo(() => chunkThread(data.pages, roots), [chunkThread, data.pages, roots])
  const live = useLiveComments(slug)
  const newCount = live.newComments.length
  const cachedTotal = data.pages[0]?.total ?? 0
  // Comments others posted count at once; they show when the reader asks.
  const total = cachedTotal + newCount
  const shownCount = useMemo(() => countComments(comments), [comments])
  const remaining = Math.max(0, cachedTotal - shownCount)
  const isWindowed = cachedTotal >= WINDOW_FROM_COMMENTS

  const pendingTopLevel = pendingPosts.filter((post) => post.variables.parentId === null)
  const pendingReplies = useMemo(() => groupByParent(pendingPosts), [pendingPosts])

  // The comment last shown on purpose (a permalink, one focus goes to): its page stays rendered.
  const [revealId, setRevealId] = useState<string | null>(null)
  const revealChunk = useMemo(() => {
    if (revealId === null) return null
    const rootId = findAncestors(roots, revealId)?.[0] ?? revealId
    return chunks.find((chunk) => chunk.nodes.some((node) => node.comment.id === rootId))?.key ?? null
  }, [revealId, roots, chunks])

  const focusTarget = useRef<{ target: { commentId: string } | 'heading'; commitsLeft: number } | null>(null)
  const [focusRequests, setFocusRequests] = useState(0)
  const focusAfterUpdate = useCallback((target: { commentId: string } | 'heading') => {
    focusTarget.current = { target, commitsLeft: 5 }
    setFocusRequests((count) => count + 1)
    if (target !== 'heading') setRevealId(target.commentId)
  }, [])
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
  }, [focusRequests, headingId, data])

  const focusPosted = useCallback((commentId: string) => focusAfterUpdate({ commentId }), [focusAfterUpdate])

  const onReplyPosted = useCallback(
    (commentId: string) => {
      setReplyingTo(null)
      focusAfterUpdate({ commentId })
    },
    [focusAfterUpdate],
  )

  const permalinkId = location.hash.startsWith(`#${commentAnchor('')}`)
    ? decodeURIComponent(location.hash.slice(commentAnchor('').length + 1))
    : null
  const permalinkAncestors = permalinkId ? findAncestors(roots, permalinkId) : null
  const isPermalinkMissing =
    permalinkId !== null &&
    permalinkAncestors === null &&
    (!hasNextPage || data.pages.length >= MAX_PAGES_FOR_PERMALINK || isFetchNextPageError)

  // Permalink: load pages until the comment is there, open its ancestors, then show it.
  const [shownPermalink, setShownPermalink] = useState<string | null>(null)
  if (permalinkId && permalinkId !== shownPermalink && permalinkAncestors !== null) {
    setShownPermalink(permalinkId)
    setHighlightedId(permalinkId)
    setRevealId(permalinkId)
    if (permalinkAncestors.some((id) => collapsed.has(id))) {
      setCollapsed(new Set([...collapsed].filter((id) => !permalinkAncestors.includes(id))))
    }
  }
  const isSearchingPermalink = permalinkId !== null && permalinkAncestors === null && !isPermalinkMissing
  // One page after the other. The page count is a dependency because a page that arrives fast shows
  // in the same render as the end of its fetch, so `isFetching` alone may never seem to change.
  const pageCount = data.pages.length
  useEffect(() => {
    if (isSearchingPermalink && !isFetching) void fetchNextPage({ cancelRefetch: false })
  }, [isSearchingPermalink, isFetching, pageCount, fetchNextPage])
  // The comment is in this very commit (it was found while rendering): focus it now, not in a frame.
  useEffect(() => {
    if (!shownPermalink) return
    const element = document.getElementById(commentAnchor(shownPermalink))
    element?.focus({ preventScroll: true })
    if (element) scrollToComment(element)
  }, [shownPermalink])

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

  // Said once when news arrive, not at every poll.
  const announce = useAnnounce()
  const announcedCount = useRef(0)
  useEffect(() => {
    if (newCount > announcedCount.current) announce(words.live.newComments(newCount))
    announcedCount.current = newCount
  }, [newCount, announce, words.live])

  const revealNewComments = () => {
    const [first] = live.reveal()
    if (first) focusAfterUpdate({ commentId: first.id })
  }

  const pendingList = pendingTopLevel.map((post) => (
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

      {total === 0 && pendingTopLevel.length === 0 ? (
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

      {isFetchNextPageError && (
        <ErrorMessage
          error={error}
          title={words.loadMoreError}
          onRetry={() => void fetchNextPage()}
          headingLevel={3}
        />
      )}
      {hasNextPage && !isFetchNextPageError && (
        <p className={styles.more}>
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={isFetchingNextPage ? true : undefined}
            onClick={() => {
              if (!isFetchingNextPage) void fetchNextPage()
            }}
          >
            {isFetchingNextPage ? messages.app.loading : words.loadMore}
          </button>
          <span className={styles.remaining}>{words.remaining(remaining)}</span>
        </p>
      )}

      <CommentForm slug={slug} parentId={null} onPosted={focusPosted} />
    </ThreadContext>
  )
}

/** "Plus anciens" / "Plus récents", kept in the URL (`?tri=recents`). */
function SortControl({ sort }: { sort: CommentSort }) {
  const { comments: words } = useMessages()
  const [, setSearchParams] = useSearchParams()
  const choose = (next: CommentSort) => {
    if (next === sort) return
    setSearchParams(
      (params) => {
        if (next === 'newest') params.set('tri', 'recents')
        else params.delete('tri')
        return params
      },
      { replace: true, state: inPlaceUpdateState, preventScrollReset: true },
    )
  }
  return (
    <div className={styles.sort} role="group" aria-label={words.sortLabel}>
      {(
        [
          ['oldest', words.sortOldest],
          ['newest', words.sortNewest],
        ] as const
      ).map(([value, label]) => (
        <button
          key={value}
          type="button"
          className={styles.sortButton}
          aria-pressed={sort === value}
          onClick={() => choose(value)}
        >
          {label}
        </button>
      ))}
    </div>
  )
}

function groupByParent(posts: PostState[]): ReadonlyMap<string, PostState[]> {
  const groups = new Map<string, PostState[]>()
  for (const post of posts) {
    const parentId = post.variables.parentId
    if (parentId === null) continue
    groups.set(parentId, [...(groups.get(parentId) ?? []), post])
  }
  return groups
}
