import {
  memo,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type ReactNode,
  type RefObject,
} from 'react'
import { flushSync } from 'react-dom'
import { useMessages } from '@/lib/i18n/use-messages'
import { createNearViewportWatcher, type NearViewportWatcher } from '../lib/near-viewport'
import type { ThreadChunk } from '../lib/thread-chunks'
import type { ThreadNode } from '../lib/thread-tree'
import { commentAnchor } from '../lib/comment-anchor'
import { CommentItem } from './comment-item'
import styles from './thread-window.module.css'

/**
 * How near the viewport a chunk must come to be rendered: two screens above and two below. Keyboard
 * focus scrolls into view, so the chunk after the one being tabbed through is always within reach and
 * rendered before focus gets there; scrolling renders it before it enters the screen.
 */
const NEAR_VIEWPORT = '200% 0px'

/** Until chunks have been measured: about what a top-level comment and its replies take on a phone. */
const DEFAULT_HEIGHT_PER_COMMENT = 500

interface ThreadWindowProps {
  chunks: readonly ThreadChunk[]
  /** Whether chunks far from the viewport are left out (a long thread), or all rendered. */
  isWindowed: boolean
  /** The chunk that must be rendered (a permalinked comment, one focus is going to), by its key. */
  revealChunk: string | null
  onReplyPosted: (commentId: string) => void
}

interface WindowState {
  /** Chunks already met: a new one further down its page starts as a stand-in. */
  known: ReadonlySet<string>
  /** Chunks left out, with the height they take. */
  standIns: ReadonlyMap<string, number>
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
  const [watcher] = useState(() => createNearViewportWatcher(NEAR_VIEWPORT))
  const activeWatcher = isWindowed ? watcher : null
  const [heights] = useState(createHeightEstimate)
  const [state, setState] = useState<WindowState>(() => ({ known: new Set(), standIns: new Map() }))
  /**
   * The chunk that gets focus once rendered (its stand-in's button was used, or focus came onto it):
   * its first comment, or with `:last` (focus coming backwards) its last control.
   */
  const focusRequestRef = useRef<string | null>(null)

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
  const bringBack = useCallback((keys: readonly string[], focusKey: string | null) => {
    if (focusKey !== null) focusRequestRef.current = focusKey
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
  const lastRendered = chunks.findLastIndex((chunk) => !isLeftOut(chunk))

  const items: ReactNode[] = []
  let run: ThreadChunk[] = []
  const endRun = (index: number) => {
    const [firstChunk] = run
    const lastChunk = run.at(-1)
    if (firstChunk && lastChunk) {
      items.push(
        <StandIn
          key={`stand-in-${firstChunk.key}`}
          run={run
            .map(
              (chunk) =>
                `${chunk.key}:${chunk.first}:${chunk.nodes.length}:${state.standIns.get(chunk.key) ?? 0}`,
            )
            .join(' ')}
          first={firstChunk.first}
          last={lastChunk.first + lastChunk.nodes.length - 1}
          isAboveReader={index <= lastRendered}
          watcher={activeWatcher}
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
        watcher={activeWatcher}
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

interface HeightEstimate {
  record(height: number, comments: number): void
  estimate(comments: number): number
}

function createHeightEstimate(): HeightEstimate {
  let totalHeight = 0
  let totalComments = 0
  return {
    record(height, comments) {
      totalHeight += height
      totalComments += comments
    },
    estimate(comments) {
      const perComment = totalComments > 0 ? totalHeight / totalComments : DEFAULT_HEIGHT_PER_COMMENT
      return Math.round(perComment * comments)
    },
  }
}

interface ChunkViewProps {
  chunk: ThreadChunk
  watcher: NearViewportWatcher | null
  mustShow: boolean
  focusRequestRef: RefObject<string | null>
  onFar: (key: string, height: number, comments: number) => void
  onReplyPosted: (commentId: string) => void
}

/** Rendered comments. Memoised: appending a page renders its own chunks only. */
const ChunkView = memo(function ChunkView({
  chunk,
  watcher,
  mustShow,
  focusRequestRef,
  onFar,
  onReplyPosted,
}: ChunkViewProps) {
  const { key, nodes } = chunk

  useLayoutEffect(() => {
    const request = focusRequestRef.current
    if (request !== key && request !== `${key}:last`) return
    focusRequestRef.current = null
    if (request === key) {
      const firstNode = nodes[0]
      if (firstNode) document.getElementById(commentAnchor(firstNode.comment.id))?.focus()
      return
    }
    const controls = listItemsOf(nodes).flatMap((item) => [
      ...item.querySelectorAll<HTMLElement>('a[href], button, input, textarea, select'),
    ])
    controls.findLast((control) => control.closest('[hidden]') === null)?.focus()
  }, [focusRequestRef, key, nodes])

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

interface StandInProps {
  /**
   * Its chunks in order, each as key:first comment:comments:height (`"3-1:66:5:2480 3-2:71:5:2515"`):
   * a string, so that the memoised stand-in renders again only when it changes.
   */
  run: string
  first: number
  last: number
  /** Rendered comments come after it: its button shows its last chunk, the nearest. */
  isAboveReader: boolean
  watcher: NearViewportWatcher | null
  onNear: (keys: readonly string[], focusKey: string | null) => void
}

/** One list item for a run of chunks left out. */
const StandIn = memo(function StandIn({ run, first, last, isAboveReader, watcher, onNear }: StandInProps) {
  const words = useMessages().comments
  const ref = useRef<HTMLLIElement>(null)
  const chunks = run.split(' ').map((part) => {
    const [key = '', firstNumber, count, height] = part.split(':')
    return { key, first: Number(firstNumber), count: Number(count), height: Number(height) }
  })
  const totalHeight = chunks.reduce((sum, chunk) => sum + chunk.height, 0)

  useLayoutEffect(() => {
    const element = ref.current
    if (!watcher || !element) return
    return watcher.watch([element], (isNear, entry) => {
      if (!isNear) return
      // Only the chunks within reach: the others stay left out, as shorter runs.
      const bounds = entry.rootBounds ?? { top: 0, bottom: window.innerHeight }
      let top = entry.boundingClientRect.top
      const near: string[] = []
      for (const chunk of chunks) {
        if (top < bounds.bottom && top + chunk.height > bounds.top) near.push(chunk.key)
        top += chunk.height
      }
      const nearest = isAboveReader ? chunks.at(-1) : chunks[0]
      if (near.length === 0 && nearest) near.push(nearest.key)
      const focusKey = element.contains(document.activeElement) ? (near[0] ?? null) : null
      onNear(near, focusKey)
    })
    // `run` is what `chunks` is made from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [watcher, run, isAboveReader, onNear])

  // The chunk nearest the reader.
  const shown = isAboveReader ? chunks.at(-1) : chunks[0]
  // Tab or Shift+Tab came onto the button: the comments it stands for take its place at once, focus
  // on the first (or, going backwards, the last control of the last), so no comment is skipped.
  const onFocus = (event: FocusEvent<HTMLLIElement>) => {
    const from = event.relatedTarget
    const isBackwards =
      from instanceof Node
        ? Boolean(event.currentTarget.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING)
        : isAboveReader
    const chunk = isBackwards ? chunks.at(-1) : chunks[0]
    if (chunk) flushSync(() => onNear([chunk.key], isBackwards ? `${chunk.key}:last` : chunk.key))
  }
  return (
    <li ref={ref} className={styles.standIn} style={{ minBlockSize: totalHeight }} onFocus={onFocus}>
      <p className={styles.standInText}>{words.hiddenPage(first, last)}</p>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          if (shown) onNear([shown.key], shown.key)
        }}
      >
        {shown && words.showHiddenPage(shown.first, shown.first + shown.count - 1)}
      </button>
    </li>
  )
})

/** The chunk's top-level list items, each holding a comment and its replies. */
function listItemsOf(nodes: readonly ThreadNode[]): HTMLElement[] {
  const items: HTMLElement[] = []
  for (const node of nodes) {
    const item = document.getElementById(commentAnchor(node.comment.id))?.parentElement
    if (item) items.push(item)
  }
  return items
}

/** Focus, a form (reply, edit, copy-this-link box) or an open dialog: the reader is busy there. */
function holdsReadersWork(items: readonly HTMLElement[]): boolean {
  const focused = document.activeElement
  return items.some(
    (item) =>
      (focused !== null && item.contains(focused)) ||
      item.querySelector('form, input, textarea, dialog[open]') !== null,
  )
}

/** From the top of the first item (its border included) to the bottom of the last. */
function heightOf(items: readonly HTMLElement[]): number {
  const top = items[0]?.getBoundingClientRect().top ?? 0
  const bottom = items.at(-1)?.getBoundingClientRect().bottom ?? top
  return Math.max(0, bottom - top)
}
