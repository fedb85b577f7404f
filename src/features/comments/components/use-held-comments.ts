import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import { useAnnounce } from '@/components/live-announcer'
import type { CommentPage } from '@/lib/api-schemas'
import { useMessages } from '@/lib/i18n/use-messages'
import { containsCommentIn } from '../api/thread-cache'
import {
  heldCommentsOf,
  ownCommentsVersion,
  subscribeToOwnComments,
  type HeldComment,
} from '../lib/own-comments'

/**
 * The reader's comments held for moderation on this article, where the thread shows them: at the
 * top level, or under the comment they answer. One the loaded thread already has (published) is
 * never shown twice. A refusal is announced once, as it is learned.
 */
export function useHeldComments(slug: string, data: { pages: CommentPage[] }) {
  useSyncExternalStore(subscribeToOwnComments, ownCommentsVersion, () => '')
  const held = heldCommentsOf(slug)
  const shown = useMemo(
    () => held.filter(({ comment }) => !containsCommentIn(data, comment.id)),
    [held, data],
  )
  const topLevel = useMemo(() => shown.filter(({ comment }) => comment.parentId === null), [shown])
  const repliesByParent = useMemo(() => groupByParent(shown), [shown])
  useAnnounceRefusals(held)
  return { topLevel, repliesByParent }
}

function groupByParent(held: HeldComment[]): ReadonlyMap<string, HeldComment[]> {
  const groups = new Map<string, HeldComment[]>()
  for (const entry of held) {
    const { parentId } = entry.comment
    if (parentId === null) continue
    groups.set(parentId, [...(groups.get(parentId) ?? []), entry])
  }
  return groups
}

/** "Votre commentaire n’a pas été publié…", said once when a held comment turns out refused. */
function useAnnounceRefusals(held: HeldComment[]) {
  const { comments: words } = useMessages()
  const announce = useAnnounce()
  const waiting = useRef(new Set<string>())
  useEffect(() => {
    for (const { comment, isRefused } of held) {
      if (!isRefused) waiting.current.add(comment.id)
      else if (waiting.current.delete(comment.id)) announce(words.held.refusedAnnouncement)
    }
  }, [held, announce, words])
}
