import { useLayoutEffect, type RefObject } from 'react'
import { commentAnchor } from '@/lib/routing/paths'
import { listItemsOf } from '../lib/chunk-elements'
import type { ThreadNode } from '../lib/thread-tree'

/**
 * A chunk that gets focus once rendered (its stand-in's button was used, or focus came onto it): at
 * its start, its first comment; at its end (focus coming backwards), its last control.
 */
export interface ChunkFocusRequest {
  key: string
  at: 'start' | 'end'
}

/** Gives focus to the chunk as soon as it is rendered, if a request waits for it. */
export function useChunkFocus(
  focusRequestRef: RefObject<ChunkFocusRequest | null>,
  key: string,
  nodes: readonly ThreadNode[],
) {
  useLayoutEffect(() => {
    const request = focusRequestRef.current
    if (request?.key !== key) return
    focusRequestRef.current = null
    if (request.at === 'start') {
      const firstNode = nodes[0]
      if (firstNode) document.getElementById(commentAnchor(firstNode.comment.id))?.focus()
      return
    }
    const controls = listItemsOf(nodes).flatMap((item) => [
      ...item.querySelectorAll<HTMLElement>('a[href], button, input, textarea, select'),
    ])
    controls.findLast((control) => control.closest('[hidden]') === null)?.focus()
  }, [focusRequestRef, key, nodes])
}
