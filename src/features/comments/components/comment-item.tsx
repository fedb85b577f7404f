import { useId } from 'react'
import type { Comment } from '@/lib/api-schemas'
import { formatDateTime, formatRelativeTime } from '@/lib/format'
import { useMessages } from '@/lib/i18n/use-messages'
import styles from './comment-item.module.css'

interface CommentItemProps {
  comment: Comment
  now: number
}

/** One comment and its replies. Names and bodies are untrusted plain text: only ever React text. */
export function CommentItem({ comment, now }: CommentItemProps) {
  const messages = useMessages()
  const nameId = useId()
  return (
    <li className={styles.item}>
      <article id={`commentaire-${comment.id}`} className={styles.comment} aria-labelledby={nameId}>
        <header className={styles.header}>
          {comment.deleted ? (
            <span id={nameId} className={styles.deleted}>
              {messages.comments.deleted}
            </span>
          ) : (
            <bdi id={nameId} className={styles.author}>
              {comment.authorName}
            </bdi>
          )}
          <time
            className={styles.date}
            dateTime={comment.createdAt}
            title={formatDateTime(comment.createdAt, messages.locale)}
          >
            {formatRelativeTime(comment.createdAt, now, messages.locale, messages.comments.justNow)}
          </time>
        </header>
        {!comment.deleted && (
          <p className={styles.body} dir="auto">
            {comment.body}
          </p>
        )}
      </article>
      {comment.replies.length > 0 && (
        <ol
          className={styles.replies}
          aria-label={messages.comments.repliesLabel(comment.authorName || messages.comments.deleted)}
        >
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} now={now} />
          ))}
        </ol>
      )}
    </li>
  )
}
