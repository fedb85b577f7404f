import { memo, useId, useRef, useState } from 'react'
import { useAnnounce } from '@/components/live-announcer'
import { copyText } from '@/lib/clipboard'
import { formatDateTime, formatRelativeTime } from '@/lib/format'
import { useMessages } from '@/lib/i18n/use-messages'
import type { ThreadNode } from '../lib/thread-tree'
import { ConfirmDialog } from '@/components/confirm-dialog'
import { describeError } from '@/lib/describe-error'
import { useDeleteComment } from '../api/own-comment-mutations'
import { CommentBody } from './comment-body'
import { CommentEditForm } from './comment-edit-form'
import { CommentForm } from './comment-form'
import { PendingComment } from './pending-comment'
import { useThread } from './thread-context'
import { useOwnComment } from './use-own-comment'
import styles from './comment-item.module.css'

export const commentAnchor = (commentId: string) => `commentaire-${commentId}`

interface CommentItemProps {
  node: ThreadNode
  onReplyPosted: (commentId: string) => void
}

/**
 * One comment, its actions, and its replies. Names and bodies are untrusted: only ever React text.
 * Memoised: a comment whose node has not changed does not render again when more pages arrive.
 */
export const CommentItem = memo(function CommentItem({ node, onReplyPosted }: CommentItemProps) {
  const { comment, depth, inReplyTo, children, descendantCount } = node
  const messages = useMessages()
  const { comments: words, locale } = messages
  const thread = useThread()
  const announce = useAnnounce()
  const nameId = useId()
  const repliesId = useId()
  const [manualCopy, setManualCopy] = useState<string | null>(null)
  const replyButtonRef = useRef<HTMLButtonElement>(null)
  const editButtonRef = useRef<HTMLButtonElement>(null)
  const deleteButtonRef = useRef<HTMLButtonElement>(null)
  const own = useOwnComment(comment.id)
  const [isEditing, setIsEditing] = useState(false)
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false)
  const deletion = useDeleteComment(thread.slug)
  const deleteError = deletion.error
    ? deletion.error.status === 403
      ? words.own.expired
      : deletion.error.status === 404
        ? words.own.gone
        : describeError(deletion.error, messages)
    : null
  const isCollapsed = thread.isCollapsed(comment.id)
  const isReplying = thread.replyingTo === comment.id
  const pendingReplies = thread.pendingReplies.get(comment.id) ?? []
  const displayName = comment.deleted ? words.deleted : comment.authorName

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
    <li className={styles.item} data-depth={depth}>
      <article
        id={commentAnchor(comment.id)}
        className={styles.comment}
        aria-labelledby={nameId}
        tabIndex={-1}
        data-highlighted={thread.highlightedId === comment.id ? 'true' : undefined}
      >
        <header className={styles.header}>
          {comment.deleted ? (
            <span id={nameId} className={styles.deleted}>
              {words.deleted}
            </span>
          ) : (
            <bdi id={nameId} className={styles.author}>
              {comment.authorName}
            </bdi>
          )}
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
            <span aria-hidden="true">
              {formatRelativeTime(comment.createdAt, thread.now, locale, words.justNow)}
            </span>
            <span className="visually-hidden">
              {words.postedOn(formatDateTime(comment.createdAt, locale))}
            </span>
          </time>
          {comment.editedAt && !comment.deleted && (
            <time
              className={styles.date}
              dateTime={comment.editedAt}
              title={words.own.editedOn(formatDateTime(comment.editedAt, locale))}
            >
              <span aria-hidden="true">· {words.own.edited}</span>
              <span className="visually-hidden">
                {words.own.editedOn(formatDateTime(comment.editedAt, locale))}
              </span>
            </time>
          )}
        </header>
        {isEditing ? (
          <CommentEditForm
            slug={thread.slug}
            comment={comment}
            onDone={() => {
              setIsEditing(false)
              requestAnimationFrame(() => document.getElementById(commentAnchor(comment.id))?.focus())
            }}
            onCancel={() => {
              setIsEditing(false)
              requestAnimationFrame(() =>
                (editButtonRef.current ?? document.getElementById(commentAnchor(comment.id)))?.focus(),
              )
            }}
          />
        ) : (
          !comment.deleted && <CommentBody body={comment.body} className={styles.body} />
        )}
        {own && !comment.deleted && !isEditing && (
          <p className={styles.editable}>{words.own.editableFor(own.minutesLeft)}</p>
        )}
        {deleteError && (
          <p className={styles.ownError} role="alert">
            {words.own.deleteFailed} {deleteError}
          </p>
        )}

        <div className={styles.actions}>
          {!comment.deleted && (
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
          {own && !comment.deleted && !isEditing && (
            <>
              <button
                ref={editButtonRef}
                type="button"
                className={styles.action}
                onClick={() => setIsEditing(true)}
              >
                {words.own.edit}
              </button>
              <button
                ref={deleteButtonRef}
                type="button"
                className={styles.action}
                onClick={() => {
                  deletion.reset()
                  setIsConfirmingDelete(true)
                }}
              >
                {words.own.delete}
              </button>
            </>
          )}
          <button
            type="button"
            className={styles.action}
            aria-label={words.permalinkLabel(displayName)}
            onClick={() => void copyLink()}
          >
            {words.permalink}
          </button>
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
        {manualCopy && (
          <p className={styles.manualCopy}>
            {words.copyThisLink}{' '}
            <input
              readOnly
              value={manualCopy}
              aria-label={words.permalink}
              onFocus={(event) => event.target.select()}
            />
          </p>
        )}
        {/* Only the reader's own comments can be deleted: no dialog in the DOM for the others. */}
        {own && (
          <ConfirmDialog
            isOpen={isConfirmingDelete}
            title={words.own.deleteTitle}
            confirmLabel={words.own.deleteConfirm}
            cancelLabel={words.own.deleteCancel}
            isBusy={deletion.isPending}
            onCancel={() => {
              setIsConfirmingDelete(false)
              deleteButtonRef.current?.focus()
            }}
            onConfirm={() =>
              deletion.mutate(
                { id: comment.id },
                {
                  onSuccess: () => {
                    setIsConfirmingDelete(false)
                    announce(words.own.deleted)
                    // Without replies the comment goes away: focus goes to the thread's heading.
                    thread.focusAfterUpdate(
                      comment.replies.length > 0 ? { commentId: comment.id } : 'heading',
                    )
                  },
                  onError: () => {
                    setIsConfirmingDelete(false)
                    thread.focusAfterUpdate({ commentId: comment.id })
                  },
                },
              )
            }
          >
            <p>{words.own.deleteBody}</p>
          </ConfirmDialog>
        )}
        {isReplying && (
          <CommentForm
            slug={thread.slug}
            parentId={comment.id}
            replyToName={displayName}
            onCancel={() => {
              thread.setReplyingTo(null)
              // Back to the button that opened the box.
              requestAnimationFrame(() => replyButtonRef.current?.focus())
            }}
            onPosted={onReplyPosted}
          />
        )}
      </article>
      {(children.length > 0 || pendingReplies.length > 0) && (
        <ol
          id={repliesId}
          className={styles.replies}
          data-flat={depth >= 3 ? 'true' : undefined}
          aria-label={words.repliesLabel(displayName)}
          hidden={isCollapsed}
        >
          {children.map((child) => (
            <CommentItem key={child.comment.id} node={child} onReplyPosted={onReplyPosted} />
          ))}
          {pendingReplies.map((post) => (
            <PendingComment key={post.variables.idempotencyKey} post={post} />
          ))}
        </ol>
      )}
    </li>
  )
})
