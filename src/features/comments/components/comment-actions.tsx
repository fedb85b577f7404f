import { useState, type RefObject } from 'react'
import { useAnnounce } from '@/components/live-announcer'
import { copyText } from '@/lib/browser/clipboard'
import { describeError } from '@/lib/i18n/describe-error'
import { useMessages } from '@/lib/i18n/use-messages'
import { commentAnchor } from '@/lib/routing/paths'
import { useLikeComment } from '../api/like-comment'
import type { ThreadNode } from '../lib/thread-tree'
import { LikeButton, LikeCount } from './like-button'
import { ReportButton } from './report-button'
import { useThread } from './thread-context'
import { useIsOwnComment } from './use-is-own-comment'
import styles from './comment-actions.module.css'

interface CommentActionsProps {
  node: ThreadNode
  /** The author's name, or "Commentaire supprimé": what the buttons' names speak of. */
  displayName: string
  /** The reader's own comment, not being edited: it may still be edited or deleted. */
  canChange: boolean
  /** The list of replies that "Masquer les réponses" hides. */
  repliesId: string
  /** Where focus comes back to when the reply box, the edit or the dialog they open is closed. */
  replyButtonRef: RefObject<HTMLButtonElement | null>
  editButtonRef: RefObject<HTMLButtonElement | null>
  deleteButtonRef: RefObject<HTMLButtonElement | null>
  onEdit: () => void
  onDelete: () => void
}

/**
 * What the reader can do with a comment: like it, answer it (while the thread is open), change or
 * delete their own, link to it, report it, fold its replies. Nobody likes or reports their own
 * comment. A comment held for moderation can only be changed or deleted.
 */
export function CommentActions({
  node,
  displayName,
  canChange,
  repliesId,
  replyButtonRef,
  editButtonRef,
  deleteButtonRef,
  onEdit,
  onDelete,
}: CommentActionsProps) {
  const { comment, descendantCount } = node
  const messages = useMessages()
  const words = messages.comments
  const thread = useThread()
  const announce = useAnnounce()
  const [manualCopy, setManualCopy] = useState<string | null>(null)
  const isCollapsed = thread.isCollapsed(comment.id)
  const isReplying = thread.replyingTo === comment.id
  // A held comment is its author's alone: nobody can answer it, and a link to it would lead nowhere.
  const isHeld = comment.status === 'pending'
  const canReply = thread.isOpen && !comment.deleted && !isHeld
  // Likes and reports are for published comments others wrote.
  const isOwn = useIsOwnComment(comment.id)
  const canReact = !comment.deleted && !isHeld
  const like = useLikeComment(thread.slug, comment)

  const copyLink = async () => {
    const url = new URL(window.location.href)
    url.hash = commentAnchor(comment.id)
    if (await copyText(url.href)) {
      setManualCopy(null)
      announce(words.linkCopied)
    } else {
      setManualCopy(url.href)
    }
  }

  return (
    <>
      <div className={styles.actions}>
        {canReact && !isOwn && <LikeButton likeCount={comment.likeCount} like={like} />}
        {canReact && isOwn && <LikeCount likeCount={comment.likeCount} />}
        {canReply && (
          <button
            ref={replyButtonRef}
            type="button"
            className={styles.action}
            aria-expanded={isReplying}
            onClick={() => thread.setReplyingTo(isReplying ? null : comment.id)}
          >
            {words.reply}
          </button>
        )}
        {canChange && (
          <>
            <button ref={editButtonRef} type="button" className={styles.action} onClick={onEdit}>
              {words.own.edit}
            </button>
            <button ref={deleteButtonRef} type="button" className={styles.action} onClick={onDelete}>
              {words.own.delete}
            </button>
          </>
        )}
        {!isHeld && (
          <button
            type="button"
            className={styles.action}
            aria-label={words.permalinkLabel(displayName)}
            onClick={() => void copyLink()}
          >
            {words.permalink}
          </button>
        )}
        {canReact && !isOwn && <ReportButton commentId={comment.id} />}
        {descendantCount > 0 && (
          <button
            type="button"
            className={styles.action}
            aria-expanded={!isCollapsed}
            aria-controls={repliesId}
            onClick={() => thread.toggleCollapsed(comment.id)}
          >
            {isCollapsed ? words.showReplies(descendantCount) : words.hideReplies(descendantCount)}
          </button>
        )}
      </div>
      {like.error && (
        <p className={styles.likeError} role="alert">
          {like.failedToLike ? words.likes.likeFailed : words.likes.unlikeFailed}{' '}
          {describeError(like.error, messages)}
        </p>
      )}
      {manualCopy && (
        <p className={styles.manualCopy}>
          {words.copyThisLink}{' '}
          <input
            readOnly
            value={manualCopy}
            aria-label={words.permalinkField}
            onFocus={(event) => event.target.select()}
          />
        </p>
      )}
    </>
  )
}
