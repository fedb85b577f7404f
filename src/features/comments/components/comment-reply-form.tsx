import type { RefObject } from 'react'
import { CommentForm } from './comment-form'
import { useThread } from './thread-context'

interface CommentReplyFormProps {
  commentId: string
  /** Whom the reply answers ("Répondre à …"). */
  replyToName: string
  /** The "Répondre" button that opened the box, where focus goes back when it closes. */
  replyButtonRef: RefObject<HTMLButtonElement | null>
  onReplyPosted: (commentId: string) => void
}

/** The reply box under a comment: one open at a time in the thread. */
export function CommentReplyForm({
  commentId,
  replyToName,
  replyButtonRef,
  onReplyPosted,
}: CommentReplyFormProps) {
  const thread = useThread()
  return (
    <CommentForm
      slug={thread.slug}
      parentId={commentId}
      replyToName={replyToName}
      onCancel={() => {
        thread.setReplyingTo(null)
        // Back to the button that opened the box.
        requestAnimationFrame(() => replyButtonRef.current?.focus())
      }}
      onPosted={onReplyPosted}
    />
  )
}
