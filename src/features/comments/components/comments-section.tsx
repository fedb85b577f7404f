import { useSuspenseInfiniteQuery } from '@tanstack/react-query'
import { useId, type ReactNode } from 'react'
import { ErrorMessage } from '@/components/error-message'
import { QueryBoundary } from '@/components/query-boundary'
import { LoadingStatus, SkeletonLines } from '@/components/skeleton'
import type { Comment } from '@/lib/api-schemas'
import { useMessages } from '@/lib/i18n/use-messages'
import { useNow } from '@/lib/use-now'
import { commentQueries } from '../api/comment-queries'
import type { CommentSort } from '../api/comments-api'
import { CommentItem } from './comment-item'
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
    <h2 id={headingId} className={styles.heading}>
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
        <CommentThread slug={slug} sort={sort} heading={heading} />
      </QueryBoundary>
    </section>
  )
}

interface CommentThreadProps {
  slug: string
  sort: CommentSort
  heading: (total: number) => ReactNode
}

function CommentThread({ slug, sort, heading }: CommentThreadProps) {
  const messages = useMessages()
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage } = useSuspenseInfiniteQuery(
    commentQueries.thread(slug, sort),
  )
  const total = data.pages[0]?.total ?? 0
  const comments = data.pages.flatMap((page) => page.items)
  const now = useNow()

  if (total === 0) {
    return (
      <>
        {heading(0)}
        <div className={styles.empty}>
          <p className={styles.emptyTitle}>{messages.comments.emptyTitle}</p>
          <p>{messages.comments.emptyBody}</p>
        </div>
      </>
    )
  }

  const shown = countWithReplies(comments)
  return (
    <>
      {heading(total)}
      <ol className={styles.thread}>
        {comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} now={now} />
        ))}
      </ol>
      {hasNextPage && (
        <p className={styles.more}>
          <button
            type="button"
            className="button button-secondary"
            disabled={isFetchingNextPage}
            onClick={() => void fetchNextPage()}
          >
            {isFetchingNextPage ? messages.app.loading : messages.comments.loadMore}
          </button>
          <span className={styles.remaining}>{messages.comments.remaining(total - shown)}</span>
        </p>
      )}
    </>
  )
}

/** Comments on screen, replies included, to say how many are still to come. */
function countWithReplies(comments: Comment[]): number {
  return comments.reduce((count, comment) => count + 1 + countWithReplies(comment.replies), 0)
}
