import { memo, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useMessages } from '@/lib/i18n/use-messages'
import { useDeleteComment } from '../api/own-comment-mutations'
import { commentAnchor } from '@/lib/routing/paths'
import { describeOwnCommentError } from '../lib/describe-own-comment-error'
import { isOwnComment, type HeldComment } from '../lib/own-comments'
import { MAX_VISUAL_DEPTH, type ThreadNode } from '../lib/thread-tree'
import { CommentActions } from './comment-actions'
import { CommentBody } from './comment-body'
import { CommentDeleteDialog } from './comment-delete-dialog'
import { CommentEditForm } from './comment-edit-form'
import { CommentHeader } from './comment-header'
import { CommentReplyForm } from './comment-reply-form'
import { PendingComment } from './pending-comment'
import { RefusedComment } from './refused-comment'
import { useThread } from './thread-context'
import { useOwnComment } from './use-own-comment'
import styles from './comment-item.module.css'

interface CommentItemProps {
  node: ThreadNode
  onReplyPosted: (commentId: string) => void
}

/**
 * One comment, its actions, and its replies. Names and bodies are untrusted: only ever React text.
 * Memoised: a comment whose node has not changed does not render again when more pages arrive.
 */
export const CommentItem = memo(function CommentItem({ node, onReplyPosted }: CommentItemProps) {
  const { comment, depth, inReplyTo, children } = node
  const messages = useMessages()
  const words = messages.comments
  const thread = useThread()
  const nameId = useId()
  const heldMarkId = useId()
  const heldHintId = useId()
  const repliesId = useId()
  const replyButtonRef = useRef<HTMLButtonElement>(null)
  const editButtonRef = useRef<HTMLButtonElement>(null)
  const deleteButtonRef = useRef<HTMLButtonElement>(null)
  const own = useOwnComment(comment.id)
  const [isEditing, setIsEditing] = useState(false)
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false)
  const deletion = useDeleteComment(thread.slug)
  const deleteError = deletion.error ? describeOwnCommentError(deletion.error, messages) : null
  const isCollapsed = thread.isCollapsed(comment.id)
  const isReplying = thread.isOpen && thread.replyingTo === comment.id
  const pendingReplies = thread.pendingReplies.get(comment.id) ?? []
  const heldReplies = thread.heldReplies.get(comment.id) ?? []
  const displayName = comment.deleted ? words.deleted : comment.authorName
  const canChange = own !== null && !comment.deleted && !isEditing
  const isHeld = comment.status === 'pending'
  const articleRef = useRef<HTMLElement>(null)
  const { focusAfterUpdate } = thread
  useLayoutEffect(() => {
    const element = articleRef.current
    if (!isHeld || !element) return
    return () => {
      // Refused or published while the reader was in it (editing it, say): focus follows to what
      // takes its place, under the same anchor.
      if (element.contains(document.activeElement) && isOwnComment(comment.id))
        focusAfterUpdate({ commentId: comment.id })
    }
  }, [isHeld, comment.id, focusAfterUpdate])

  return (
    <li className={styles.item} data-depth={depth}>
      <article
        ref={articleRef}
        id={commentAnchor(comment.id)}
        className={styles.comment}
        aria-labelledby={nameId}
        aria-describedby={isHeld ? `${heldMarkId} ${heldHintId}` : undefined}
        tabIndex={-1}
        data-highlighted={thread.highlightedId === comment.id ? 'true' : undefined}
        data-held={isHeld ? 'true' : undefined}
      >
        <CommentHeader comment={comment} nameId={nameId} inReplyTo={inReplyTo} heldMarkId={heldMarkId} />
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
        {isHeld && (
          <p id={heldHintId} className={styles.heldHint}>
            {words.held.hint}
          </p>
        )}
        {canChange && <p className={styles.editable}>{words.own.editableFor(own.minutesLeft)}</p>}
        {deleteError && (
          <p className={styles.ownError} role="alert">
            {words.own.deleteFailed} {deleteError}
          </p>
        )}

        <CommentActions
          node={node}
          displayName={displayName}
          canChange={canChange}
          repliesId={repliesId}
          replyButtonRef={replyButtonRef}
          editButtonRef={editButtonRef}
          deleteButtonRef={deleteButtonRef}
          onEdit={() => setIsEditing(true)}
          onDelete={() => {
            deletion.reset()
            setIsConfirmingDelete(true)
          }}
        />
        {/* Only the reader's own comments can be deleted: no dialog in the DOM for the others. */}
        {own && (
          <CommentDeleteDialog
            comment={comment}
            isOpen={isConfirmingDelete}
            deletion={deletion}
            onClose={() => setIsConfirmingDelete(false)}
            deleteButtonRef={deleteButtonRef}
          />
        )}
        {isReplying && (
          <CommentReplyForm
            commentId={comment.id}
            replyToName={displayName}
            replyButtonRef={replyButtonRef}
            onReplyPosted={onReplyPosted}
          />
        )}
      </article>
      {(children.length > 0 || pendingReplies.length > 0 || heldReplies.length > 0) && (
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
          {heldReplies.map((held) => (
            <HeldCommentItem
              key={held.comment.id}
              held={held}
              depth={Math.min(depth + 1, MAX_VISUAL_DEPTH)}
              inReplyTo={depth >= MAX_VISUAL_DEPTH ? displayName : null}
              onReplyPosted={onReplyPosted}
            />
          ))}
          {pendingReplies.map((post) => (
            <PendingComment key={post.variables.idempotencyKey} post={post} />
          ))}
        </ol>
      )}
    </li>
  )
})

interface HeldCommentItemProps {
  held: HeldComment
  depth: number
  inReplyTo: string | null
  onReplyPosted: (commentId: string) => void
}

/**
 * One of the reader's comments held for moderation, where it will appear once published: shown like
 * their other comments, marked "En attente de modération"; or, refused, the text offered back.
 */
export function HeldCommentItem({ held, depth, inReplyTo, onReplyPosted }: HeldCommentItemProps) {
  const node = useMemo<ThreadNode>(
    () => ({ comment: held.comment, depth, inReplyTo, children: [], descendantCount: 0 }),
    [held.comment, depth, inReplyTo],
  )
  if (held.isRefused) return <RefusedComment comment={held.comment} />
  return <CommentItem node={node} onReplyPosted={onReplyPosted} />
}
