/**
 * "J'aime" on a comment, once per device: the count changes at once, the server's answer settles it,
 * and a failure puts the count and the button back as they were. Which comments this device liked is
 * kept on the device (the lists give counts only), so the button stays pressed after a reload.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import type { Comment } from '@/lib/api-schemas'
import { likedComments } from '../lib/device-ids'
import { likeComment, unlikeComment } from './reactions-api'
import { findCachedComment, setLikeCount } from './thread-cache'

interface Before {
  isLiked: boolean
  likeCount: number
}

export function useLikeComment(slug: string, comment: Comment) {
  const queryClient = useQueryClient()
  const { id } = comment
  const isLiked = useSyncExternalStore(
    likedComments.subscribe,
    () => likedComments.has(id),
    () => false,
  )
  // Callbacks of the mutation itself: they still settle the count if the comment scrolls out of the
  // windowed thread (and unmounts) before the server answers.
  const mutation = useMutation({
    mutationFn: (like: boolean) => (like ? likeComment(id) : unlikeComment(id)),
    onMutate: (like): Before => {
      const likeCount = findCachedComment(queryClient, slug, id)?.likeCount ?? comment.likeCount
      likedComments.set(id, like)
      setLikeCount(queryClient, slug, id, Math.max(0, likeCount + (like ? 1 : -1)))
      return { isLiked: !like, likeCount }
    },
    onSuccess: ({ liked, likeCount }) => {
      likedComments.set(id, liked)
      setLikeCount(queryClient, slug, id, likeCount)
    },
    onError: (_error, _like, before) => {
      if (!before) return
      likedComments.set(id, before.isLiked)
      setLikeCount(queryClient, slug, id, before.likeCount)
    },
  })

  const toggle = () => {
    // One change at a time: a second click while the first is on its way would race its rollback.
    if (!mutation.isPending) mutation.mutate(!isLiked)
  }
  return {
    isLiked,
    isPending: mutation.isPending,
    toggle,
    error: mutation.error,
    /** Whether the failed change was a like (or taking one back). */
    failedToLike: mutation.variables === true,
  }
}
