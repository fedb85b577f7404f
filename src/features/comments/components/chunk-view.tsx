import { memo, useLayoutEffect, type RefObject } from 'react'
import { heightOf, holdsReadersWork, listItemsOf } from '../lib/chunk-elements'
import type { NearViewportWatcher } from '../lib/near-viewport'
import type { ThreadChunk } from '../lib/thread-chunks'
import { CommentItem } from './comment-item'
import { useChunkFocus, type ChunkFocusRequest } from './use-chunk-focus'

interface ChunkViewProps {
  chunk: ThreadChunk
  watcher: NearViewportWatcher | null
  /** Never left out (the thread's first chunk, the one holding a comment shown on purpose). */
  mustShow: boolean
  focusRequestRef: RefObject<ChunkFocusRequest | null>
  /** The chunk went far from the viewport, and the reader is doing nothing in it. */
  onFar: (key: string, height: number, comments: number) => void
  onReplyPosted: (commentId: string) => void
}

/** Rendered comments. Memoised: appending a page renders its own chunks only. */
export const ChunkView = memo(function ChunkView({
  chunk,
  watcher,
  mustShow,
  focusRequestRef,
  onFar,
  onReplyPosted,
}: ChunkViewProps) {
  const { key, nodes } = chunk
  useChunkFocus(focusRequestRef, key, nodes)

  useLayoutEffect(() => {
    if (!watcher || mustShow) return
    const items = listItemsOf(nodes)
    if (items.length === 0) return
    return watcher.watch(items, (isNear) => {
      if (isNear || holdsReadersWork(items)) return
      onFar(key, heightOf(items), nodes.length)
    })
  }, [watcher, mustShow, key, nodes, onFar])

  return nodes.map((node) => <CommentItem key={node.comment.id} node={node} onReplyPosted={onReplyPosted} />)
})
