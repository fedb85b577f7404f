import { useCallback, useRef, useState } from 'react'
import { createHeightEstimate } from '../lib/height-estimate'
import { createNearViewportWatcher } from '../lib/near-viewport'
import type { ThreadChunk } from '../lib/thread-chunks'
import type { ChunkFocusRequest } from './use-chunk-focus'

/**
 * How near the viewport a chunk must come to be rendered: two screens above and two below. Keyboard
 * focus scrolls into view, so the chunk after the one being tabbed through is always within reach and
 * rendered before focus gets there; scrolling renders it before it enters the screen.
 */
const NEAR_VIEWPORT = '200% 0px'

interface WindowState {
  /** Chunks already met: a new one further down its page starts as a stand-in. */
  known: ReadonlySet<string>
  /** Chunks left out, with the height they take. */
  standIns: ReadonlyMap<string, number>
}

interface WindowChunksOptions {
  /** Whether chunks far from the viewport are left out (a long thread), or all rendered. */
  isWindowed: boolean
  /** The chunk that must be rendered (a permalinked comment, one focus is going to), by its key. */
  revealChunk: string | null
}

/**
 * Which chunks of the thread are rendered and which are left out, with the height they take. A chunk
 * not rendered yet (further down a page just loaded) starts left out, given the average measured
 * height; a rendered chunk that goes far is left out (`leaveOut`), a left-out one that comes near is
 * rendered again (`bringBack`), focus going into it if asked (`focusRequestRef`).
 */
export function useWindowChunks(
  chunks: readonly ThreadChunk[],
  { isWindowed, revealChunk }: WindowChunksOptions,
) {
  const [watcher] = useState(() => createNearViewportWatcher(NEAR_VIEWPORT))
  const activeWatcher = isWindowed ? watcher : null
  const [heights] = useState(createHeightEstimate)
  const [state, setState] = useState<WindowState>(() => ({ known: new Set(), standIns: new Map() }))
  const focusRequestRef = useRef<ChunkFocusRequest | null>(null)

  // New chunks (stored while rendering, React's way of deriving state from props).
  const unknown = chunks.filter((chunk) => !state.known.has(chunk.key))
  if (unknown.length > 0) {
    const known = new Set(state.known)
    const standIns = new Map(state.standIns)
    for (const chunk of unknown) {
      known.add(chunk.key)
      if (activeWatcher && !chunk.startsPage && chunk.key !== revealChunk) {
        standIns.set(chunk.key, heights.estimate(chunk.nodes.length))
      }
    }
    setState({ known, standIns })
  }

  const leaveOut = useCallback(
    (key: string, height: number, comments: number) => {
      heights.record(height, comments)
      setState((current) => ({ ...current, standIns: new Map(current.standIns).set(key, height) }))
    },
    [heights],
  )
  const bringBack = useCallback((keys: readonly string[], focus: ChunkFocusRequest | null) => {
    if (focus !== null) focusRequestRef.current = focus
    setState((current) => {
      const standIns = new Map(current.standIns)
      for (const key of keys) standIns.delete(key)
      return { ...current, standIns }
    })
  }, [])

  // The thread's first chunk always stays: where a reader coming from the article arrives.
  const mustShow = (chunk: ThreadChunk) => chunk.key === revealChunk || chunk === chunks[0]
  const isLeftOut = (chunk: ThreadChunk) =>
    activeWatcher !== null && !mustShow(chunk) && state.standIns.has(chunk.key)
  const standInHeight = (chunk: ThreadChunk) => state.standIns.get(chunk.key) ?? 0

  return { watcher: activeWatcher, mustShow, isLeftOut, standInHeight, leaveOut, bringBack, focusRequestRef }
}
