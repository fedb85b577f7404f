import { useId } from 'react'
import { describeError } from '@/lib/i18n/describe-error'
import { useMessages } from '@/lib/i18n/use-messages'
import styles from './error-message.module.css'

interface ErrorMessageProps {
  error: unknown
  /** Shown as the heading; defaults to a generic "Un problème est survenu". */
  title?: string
  onRetry?: () => void
  headingLevel?: 2 | 3
}

/** A failure explained in French, in the region that failed, with a retry that really refetches. */
export function ErrorMessage({ error, title, onRetry, headingLevel = 2 }: ErrorMessageProps) {
  const messages = useMessages()
  const headingId = useId()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <div className={styles.error} role="alert" aria-labelledby={headingId}>
      <Heading id={headingId} className={styles.title}>
        {title ?? messages.errors.title}
      </Heading>
      <p className={styles.detail}>{describeError(error, messages)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {messages.app.retry}
        </button>
      )}
    </div>
  )
}
