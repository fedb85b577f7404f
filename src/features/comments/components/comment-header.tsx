import type { Comment } from '@/lib/api-schemas'
import { formatDateTime, formatRecentDate } from '@/lib/i18n/format'
import { useMessages } from '@/lib/i18n/use-messages'
import { AuthorBadge, PickMark } from './comment-marks'
import { useThread } from './thread-context'
import styles from './comment-item.module.css'

interface CommentHeaderProps {
  comment: Comment
  /** The id the comment is labelled by: its author's name. */
  nameId: string
  /** Whom a reply answers ('' when that comment was deleted); `null` where the nesting says it. */
  inReplyTo: string | null
  /** For a comment held for moderation: the id of its mark, which describes the comment. */
  heldMarkId?: string | undefined
}

/**
 * Who wrote the comment (with the badge the site gives them), whom it answers, when, whether it was
 * edited since, whether it is held, and whether the editors picked it.
 */
export function CommentHeader({ comment, nameId, inReplyTo, heldMarkId }: CommentHeaderProps) {
  const { comments: words, locale } = useMessages()
  const { now } = useThread()
  return (
    <header className={`meta-row ${styles.header}`}>
      {comment.deleted ? (
        <span id={nameId} className={styles.deleted}>
          {words.deleted}
        </span>
      ) : (
        <bdi id={nameId} className={styles.author}>
          {comment.authorName}
        </bdi>
      )}
      {!comment.deleted && <AuthorBadge badge={comment.authorBadge} className={styles.mark} />}
      {inReplyTo !== null && (
        <span className={styles.inReplyTo}>
          {words.inReplyTo} <bdi>{inReplyTo || words.deleted}</bdi>
        </span>
      )}
      <time
        className={styles.date}
        dateTime={comment.createdAt}
        title={formatDateTime(comment.createdAt, locale)}
      >
        <span aria-hidden="true">{formatRecentDate(comment.createdAt, locale, words.justNow, now)}</span>
        <span className="visually-hidden">{words.postedOn(formatDateTime(comment.createdAt, locale))}</span>
      </time>
      {comment.editedAt && !comment.deleted && (
        <time
          className={styles.date}
          dateTime={comment.editedAt}
          title={words.own.editedOn(formatDateTime(comment.editedAt, locale))}
        >
          <span aria-hidden="true">{words.own.edited}</span>
          <span className="visually-hidden">
            {words.own.editedOn(formatDateTime(comment.editedAt, locale))}
          </span>
        </time>
      )}
      {comment.featured && !comment.deleted && <PickMark className={styles.mark} />}
      {comment.status === 'pending' && (
        <span id={heldMarkId} className={styles.heldMark}>
          {words.held.mark}
        </span>
      )}
    </header>
  )
}
