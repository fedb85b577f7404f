import { BusyButton } from '@/components/busy-button'
import { ErrorMessage } from '@/components/error-message'
import { useMessages } from '@/lib/i18n/use-messages'
import styles from './load-more-comments.module.css'

interface LoadMoreCommentsProps {
  hasNextPage: boolean
  isFetchingNextPage: boolean
  /** The last "Voir plus" failed: why, and a way to try again, in place of the button. */
  isFetchNextPageError: boolean
  error: unknown
  /** Top-level comments and replies not loaded yet. */
  remaining: number
  onLoadMore: () => void
}

/** "Voir plus de commentaires", with how many are left, or why the next page did not come. */
export function LoadMoreComments({
  hasNextPage,
  isFetchingNextPage,
  isFetchNextPageError,
  error,
  remaining,
  onLoadMore,
}: LoadMoreCommentsProps) {
  const messages = useMessages()
  const words = messages.comments
  return (
    <>
      {isFetchNextPageError && (
        <ErrorMessage error={error} title={words.loadMoreError} onRetry={onLoadMore} headingLevel={3} />
      )}
      {hasNextPage && !isFetchNextPageError && (
        <p className={styles.more}>
          <BusyButton className="button button-secondary" isBusy={isFetchingNextPage} onClick={onLoadMore}>
            {isFetchingNextPage ? messages.app.loading : words.loadMore}
          </BusyButton>
          <span className={styles.remaining}>{words.remaining(remaining)}</span>
        </p>
      )}
    </>
  )
}
