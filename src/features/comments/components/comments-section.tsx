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
import { buildThread, countComments, findAncestors, uniqueComments } from '../lib/thread-tree'
import { CommentForm } from './comment-form'
import { CommentItem, commentAnchor } from './comment-item'
import { PendingComment } from './pending-comment'
import { ThreadContext, type ThreadState } from './thread-context'
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

function CommentThread({ slug, sort, heading, headingId }: CommentThreadProps) {
  const messages = useMessages()
  const words = messages.comments
  const now = useNow()
  const location = useLocation()
  const query = useSuspenseInfiniteQuery(commentQueries.thread(slug, sort))
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage, isFetchNextPageError, error } = query
  const pendingPosts = usePendingPosts(slug)

  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set())
  const [replyingTo, setReplyingTo] = useState<string | null>(null)
  const [highlightedId, setHighlightedId] = useState<string | null>(null)

  const comments = useMemo(() => uniqueComments(data.pages), [data.pages])
  const roots = useMemo(() => buildThread(comments), [comments])
  const live = useLiveComments(slug)
  const newCount = live.newComments.length
  const cachedTotal = data.pages[0]?.total ?? 0
  // Comments others posted count at once; they show when the reader asks.
  const total = cachedTotal + newCount
  const remaining = Math.max(0, cachedTotal - countComments(comments))

  const pendingTopLevel = pendingPosts.filter((post) => post.variables.parentId === null)
  const pendingReplies = useMemo(() => groupByParent(pendingPosts), [pendingPosts])

  const focusComment = useCallback((commentId: string) => {
    // The comment may land in a later commit than the event that announced it: look for a few frames.
    let framesLeft = 30
    const focusWhenShown = () => {
      const element = document.getElementById(commentAnchor(commentId))
      if (!element) {
        if (framesLeft-- > 0) requestAnimationFrame(focusWhenShown)
        return
      }
      element.focus({ preventScroll: true })
      element.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'instant' : 'smooth' })
    }
    requestAnimationFrame(focusWhenShown)
  }, [])

  const onReplyPosted = useCallback(
    (commentId: string) => {
      setReplyingTo(null)
      focusComment(commentId)
    },
    [focusComment],
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
    if (permalinkAncestors.some((id) => collapsed.has(id))) {
      setCollapsed(new Set([...collapsed].filter((id) => !permalinkAncestors.includes(id))))
    }
  }
  const isSearchingPermalink = permalinkId !== null && permalinkAncestors === null && !isPermalinkMissing
  useEffect(() => {
    if (isSearchingPermalink && !isFetchingNextPage) void fetchNextPage()
  }, [isSearchingPermalink, isFetchingNextPage, fetchNextPage])
  useEffect(() => {
    if (shownPermalink) focusComment(shownPermalink)
  }, [shownPermalink, focusComment])

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
    }),
    [slug, headingId, now, collapsed, replyingTo, highlightedId, pendingReplies],
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
    if (first) focusComment(first.id)
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
          {roots.map((node) => (
            <CommentItem key={node.comment.id} node={node} onReplyPosted={onReplyPosted} />
          ))}
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

      <CommentForm slug={slug} parentId={null} onPosted={focusComment} />
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

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches
}
