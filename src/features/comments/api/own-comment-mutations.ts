/** Editing or deleting the reader's own comment, with the secret kept on this device. */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ApiError } from '@/lib/api-error'
import type { Comment } from '@/lib/api-schemas'
import { forgetOwnComment, ownComment } from '../lib/own-comments'
import { deleteComment, editComment } from './comments-api'
import { removeComment, replaceComment } from './thread-cache'

/** Without its secret (or past its time), the server would answer 403: say so without asking. */
function secretFor(id: string): string {
  const own = ownComment(id)
  if (!own) throw new ApiError({ kind: 'http', status: 403, code: 'forbidden' })
  return own.editToken
}

/** After a 403 (time is up, token gone) or a 404, the controls go: they can no longer work. */
function forgetWhenRefused(error: ApiError, id: string) {
  if (error.status === 403 || error.status === 404) forgetOwnComment(id)
}

export function useEditComment(slug: string) {
  const queryClient = useQueryClient()
  return useMutation<Comment, ApiError, { id: string; body: string }>({
    mutationFn: ({ id, body }) => editComment(id, body, secretFor(id)),
    onSuccess: (comment) => replaceComment(queryClient, slug, comment),
    onError: (error, { id }) => forgetWhenRefused(error, id),
  })
}

export function useDeleteComment(slug: string) {
  const queryClient = useQueryClient()
  return useMutation<undefined, ApiError, { id: string }>({
    mutationFn: ({ id }) => deleteComment(id, secretFor(id)),
    onSuccess: (_nothing, { id }) => {
      removeComment(queryClient, slug, id)
      forgetOwnComment(id)
    },
    onError: (error, { id }) => forgetWhenRefused(error, id),
  })
}
