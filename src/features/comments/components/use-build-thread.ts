import { useMemo, useState } from 'react'
import type { Comment } from '@/lib/api-schemas'
import { createChunker } from '../lib/thread-chunks'
import { countComments, createThreadBuilder, findAncestors, uniqueComments } from '../lib/thread-tree'

/**
 * The loaded pages laid out as a thread: its top-level nodes, cut into chunks for the window, how
 * many comments they hold, and the chunk of the comment last shown on purpose (`revealId`: a
 * permalink, one focus goes to), which must stay rendered. One builder and one chunker per thread:
 * unchanged comments keep their nodes and chunks, so only new pages render.
 */
export function useBuildThread(pages: { items: Comment[] }[], revealId: string | null) {
  const comments = useMemo(() => uniqueComments(pages), [pages])
  const [buildThread] = useState(createThreadBuilder)
  const roots = useMemo(() => buildThread(comments), [buildThread, comments])
  const [chunkThread] = useState(() => createChunker())
  const chunks = useMemo(() => chunkThread(pages, roots), [chunkThread, pages, roots])
  const shownCount = useMemo(() => countComments(comments), [comments])
  const revealChunk = useMemo(() => {
    if (revealId === null) return null
    const rootId = findAncestors(roots, revealId)?.[0] ?? revealId
    return chunks.find((chunk) => chunk.nodes.some((node) => node.comment.id === rootId))?.key ?? null
  }, [revealId, roots, chunks])
  return { roots, chunks, shownCount, revealChunk }
}
