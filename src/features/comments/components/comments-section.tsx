import { useId } from 'react'
import { ErrorMessage } from '@/components/error-message'
import { QueryBoundary } from '@/components/query-boundary'
import { LoadingStatus, SkeletonLines } from '@/components/skeleton'
import { useMessages } from '@/lib/i18n/use-messages'
import type { CommentSort } from '../api/comments-api'
import { CommentThread } from './comment-thread'
import styles from './comments-section.module.css'

interface CommentsSectionProps {
  slug: string
  sort: CommentSort
  /** The article's own count, shown until the thread's `total` arrives. */
  initialCount: number
  /** The article's `commentsOpen` (v1.1): false, the thread is read-only. */
  commentsOpen?: boolean
}

/**
 * The comment thread under an article. It loads and fails on its own: while it loads or if it fails,
 * the article above stays whole and readable.
 */
export function CommentsSection({ slug, sort, initialCount, commentsOpen = true }: CommentsSectionProps) {
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
        <CommentThread
          slug={slug}
          sort={sort}
          heading={heading}
          headingId={headingId}
          commentsOpen={commentsOpen}
        />
      </QueryBoundary>
    </section>
  )
}
