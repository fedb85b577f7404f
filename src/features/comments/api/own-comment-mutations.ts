/**
 * Editing or deleting the reader's own comment, with the secret kept on this device. A comment held
 * for moderation is edited and deleted the same way; it lives on this device rather than in the
 * thread's cache, and an edit keeps it held.
 */
import { notifyManager, useMutation, useQueryClient } from '@tanstack/react-query'
import { ApiError } from '@/lib/api-error'
import type { Comment } from '@/lib/api-schemas'
import {
  forgetOwnComment,
  isHeldComment,
  loseEditRights,
  markHeldRefused,
  ownComment,
} from '../lib/own-comments'
import { deleteComment, editComment } from './comments-api'
import { settleHeldComment } from './held-comments'
import { removeComment, replaceComment } from './thread-cache'

/** Without its secret (or past its time), the server would answer 403: say so without asking. */
function secretFor(id: string): string {
  const own = ownComment(id)
  if (!own) throw new ApiError({ kind: 'http', status: 403, code: 'forbidden' })
  return own.editToken
}

/**
 * After a 403 (time is up, token gone) or a 404, the controls go: they can no longer work. A held
 * comment stays on show (only this device has it); one that is gone (404) was refused by the editors.
 */
function forgetWhenRefused(error: ApiError, id: string) {
  if (error.status === 403) loseEditRights(id)
  else if (error.status === 404 && isHeldComment(id)) markHeldRefused(id)
  else if (error.status === 404) forgetOwnComment(id)
}

export function useEditComment(slug: string) {
  const queryClient = useQueryClient()
  return useMutation<Comment, ApiError, { id: string; body: string }>({
    mutationFn: ({ id, body }) => editComment(id, body, secretFor(id)),
    onSuccess: (comment) => {
      if (isHeldComment(comment.id)) settleHeldComment(queryClient, slug, comment, { isLiveChange: true })
      else replaceComment(queryClient, slug, comment)
    },
    onError: (error, { id }) => forgetWhenRefused(error, id),
  })
}

export function useDeleteComment(slug: string) {
  const queryClient = useQueryClient()
  return useMutation<undefined, ApiError, { id: string }>({
    mutationFn: ({ id }) => deleteComment(id, secretFor(id)),
    onSuccess: (_nothing, { id }) => {
      removeComment(queryClient, slug, id)
      // After the caller's own callbacks (saying so, moving focus), as the cache's change is: a held
      // comment lives in this device's store, and forgetting it at once would unmount its caller.
      notifyManager.schedule(() => forgetOwnComment(id))
    },
    // A held comment refused meanwhile is gone, as its author wished: nothing to offer back.
    onError: (error, { id }) => {
      if (error.status === 404) forgetOwnComment(id)
      else forgetWhenRefused(error, id)
    },
  })
}
