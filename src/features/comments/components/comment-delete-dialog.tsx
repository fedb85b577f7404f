import type { RefObject } from 'react'
import { ConfirmDialog } from '@/components/confirm-dialog'
import { useAnnounce } from '@/components/live-announcer'
import type { Comment } from '@/lib/api-schemas'
import { useMessages } from '@/lib/i18n/use-messages'
import type { useDeleteComment } from '../api/own-comment-mutations'
import { useThread } from './thread-context'

interface CommentDeleteDialogProps {
  comment: Comment
  isOpen: boolean
  /** The comment's deletion, shared with the item that shows why it failed. */
  deletion: ReturnType<typeof useDeleteComment>
  onClose: () => void
  /** The "Supprimer" button, where focus goes back when the reader changes their mind. */
  deleteButtonRef: RefObject<HTMLButtonElement | null>
}

/**
 * "Supprimer ce commentaire ?", asked before the reader's own comment goes. Whatever the answer,
 * focus lands somewhere that still exists: the comment, or the thread's heading when it disappears.
 */
export function CommentDeleteDialog({
  comment,
  isOpen,
  deletion,
  onClose,
  deleteButtonRef,
}: CommentDeleteDialogProps) {
  const { own } = useMessages().comments
  const thread = useThread()
  const announce = useAnnounce()
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title={own.deleteTitle}
      confirmLabel={own.deleteConfirm}
      cancelLabel={own.deleteCancel}
      isBusy={deletion.isPending}
      onCancel={() => {
        onClose()
        deleteButtonRef.current?.focus()
      }}
      onConfirm={() =>
        deletion.mutate(
          { id: comment.id },
          {
            onSuccess: () => {
              onClose()
              announce(own.deleted)
              // Without replies the comment goes away: focus goes to the thread's heading.
              thread.focusAfterUpdate(comment.replies.length > 0 ? { commentId: comment.id } : 'heading')
            },
            onError: () => {
              onClose()
              thread.focusAfterUpdate({ commentId: comment.id })
            },
          },
        )
      }
    >
      <p>{own.deleteBody}</p>
    </ConfirmDialog>
  )
}
