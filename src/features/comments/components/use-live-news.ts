import { useEffect, useRef } from 'react'
import { useAnnounce } from '@/components/live-announcer'
import { useMessages } from '@/lib/i18n/use-messages'
import { useLiveComments } from '../api/live-comments'
import type { FocusTarget } from './thread-context'

/**
 * Comments others posted since the thread loaded: how many wait, said once when more arrive (not
 * at every poll), and shown when the reader asks, focus on the first.
 */
export function useLiveNews(slug: string, focusAfterUpdate: (target: FocusTarget) => void) {
  const words = useMessages().comments
  const live = useLiveComments(slug)
  const newCount = live.newComments.length

  const announce = useAnnounce()
  const announcedCount = useRef(0)
  useEffect(() => {
    if (newCount > announcedCount.current) announce(words.live.newComments(newCount))
    announcedCount.current = newCount
  }, [newCount, announce, words.live])

  const revealNewComments = () => {
    const [first] = live.reveal()
    if (first) focusAfterUpdate({ commentId: first.id })
  }
  return { newCount, revealNewComments }
}
