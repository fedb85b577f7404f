import type { ReactNode } from 'react'
import { encodeRun } from '../lib/stand-in-run'
import type { ThreadChunk } from '../lib/thread-chunks'
import { ChunkView } from './chunk-view'
import { StandIn } from './stand-in'
import { useWindowChunks } from './use-window-chunks'

interface ThreadWindowProps {
  chunks: readonly ThreadChunk[]
  /** Whether chunks far from the viewport are left out (a long thread), or all rendered. */
  isWindowed: boolean
  /** The chunk that must be rendered (a permalinked comment, one focus is going to), by its key. */
  revealChunk: string | null
  onReplyPosted: (commentId: string) => void
}

/**
 * A long thread, windowed by chunks of top-level comments (each with all its replies), so that a
 * 5,000-comment thread keeps a bounded DOM however many pages are loaded, and a new page costs the
 * chunk the reader is looking at, not the whole page.
 *
 * Chunks far from the viewport are left out: each run of them is one list item as tall as they were
 * (nothing moves), saying which comments it stands for, with a button to show them. A chunk not
 * rendered yet (further down a page just loaded) is given the average measured height. Chunks are
 * rendered again as they near the viewport. Whole chunks, and only far away: the comments around the
 * reader are always real ones, in order, so Tab, a screen reader's browse mode and find-in-page work
 * through them as usual. A chunk holding focus, a form (a reply or an edit in progress, the
 * copy-this-link box) or an open dialog is never left out: nothing the reader is doing goes away.
 * Stand-ins are never scroll anchors (`overflow-anchor: none`): when one above the reader is
 * replaced by comments of another height, the browser keeps the comments on screen where they were.
 */
export function ThreadWindow({ chunks, isWindowed, revealChunk, onReplyPosted }: ThreadWindowProps) {
  const { watcher, mustShow, isLeftOut, standInHeight, leaveOut, bringBack, focusRequestRef } =
    useWindowChunks(chunks, { isWindowed, revealChunk })
  const lastRendered = chunks.findLastIndex((chunk) => !isLeftOut(chunk))

  const items: ReactNode[] = []
  let run: ThreadChunk[] = []
  const endRun = (index: number) => {
    const [firstChunk] = run
    if (firstChunk) {
      items.push(
        <StandIn
          key={`stand-in-${firstChunk.key}`}
          run={encodeRun(
            run.map((chunk) => ({
              key: chunk.key,
              first: chunk.first,
              count: chunk.nodes.length,
              height: standInHeight(chunk),
            })),
          )}
          isAboveReader={index <= lastRendered}
          watcher={watcher}
          onNear={bringBack}
        />,
      )
    }
    run = []
  }
  chunks.forEach((chunk, index) => {
    if (isLeftOut(chunk)) {
      run.push(chunk)
      return
    }
    endRun(index)
    items.push(
      <ChunkView
        key={chunk.key}
        chunk={chunk}
        watcher={watcher}
        mustShow={mustShow(chunk)}
        focusRequestRef={focusRequestRef}
        onFar={leaveOut}
        onReplyPosted={onReplyPosted}
      />,
    )
  })
  endRun(chunks.length)
  return items
}
