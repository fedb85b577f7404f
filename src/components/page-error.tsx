import { isApiError } from '@/lib/api-error'
import { describeError } from '@/lib/i18n/describe-error'
import { useMessages } from '@/lib/i18n/use-messages'
import { useIsOnline } from '@/lib/react/use-is-online'
import { PageHeading } from './page-heading'
import styles from './page-message.module.css'

interface PageErrorProps {
  error: unknown
  onRetry: () => void
}

/** A whole page that could not load: what happened, in French, and a retry that refetches. */
export function PageError({ error, onRetry }: PageErrorProps) {
  const messages = useMessages()
  // Offline, a page that cannot be reached is one the offline copy does not have: say that, not
  // "the server cannot be reached".
  const isNotKeptOffline = !useIsOnline() && isApiError(error) && error.kind === 'network'
  return (
    <div className={styles.message} role="alert">
      <PageHeading documentTitle={messages.errors.title}>{messages.errors.title}</PageHeading>
      <p>{isNotKeptOffline ? messages.errors.pageNotKeptOffline : describeError(error, messages)}</p>
      <p>
        <button type="button" className="button" onClick={onRetry}>
          {messages.app.retry}
        </button>
      </p>
    </div>
  )
}
