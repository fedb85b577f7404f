import { memo, useLayoutEffect, useRef, type FocusEvent } from 'react'
import { flushSync } from 'react-dom'
import { useMessages } from '@/lib/i18n/use-messages'
import type { NearViewportWatcher } from '../lib/near-viewport'
import { decodeRun } from '../lib/stand-in-run'
import type { ChunkFocusRequest } from './use-chunk-focus'
import styles from './stand-in.module.css'

interface StandInProps {
  /** Its chunks in order, as `encodeRun` writes them. */
  run: string
  /** Rendered comments come after it: its button shows its last chunk, the nearest. */
  isAboveReader: boolean
  watcher: NearViewportWatcher | null
  /** These chunks are to be rendered again, and focus goes into one of them if asked. */
  onNear: (keys: readonly string[], focus: ChunkFocusRequest | null) => void
}

/**
 * One list item for a run of chunks left out: as tall as they were, saying which comments it stands
 * for, with a button to show the nearest. It brings back the chunks that come within reach.
 */
export const StandIn = memo(function StandIn({ run, isAboveReader, watcher, onNear }: StandInProps) {
  const words = useMessages().comments
  const ref = useRef<HTMLLIElement>(null)
  const chunks = decodeRun(run)
  const totalHeight = chunks.reduce((sum, chunk) => sum + chunk.height, 0)
  const firstChunk = chunks[0]
  const lastChunk = chunks.at(-1)

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
      const [focusKey] = near
      const hasFocus = element.contains(document.activeElement)
      onNear(near, hasFocus && focusKey !== undefined ? { key: focusKey, at: 'start' } : null)
    })
    // `run` is what `chunks` is made from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [watcher, run, isAboveReader, onNear])

  // The chunk nearest the reader.
  const shown = isAboveReader ? lastChunk : firstChunk
  // Tab or Shift+Tab came onto the button: the comments it stands for take its place at once, focus
  // on the first (or, going backwards, the last control of the last), so no comment is skipped.
  const onFocus = (event: FocusEvent<HTMLLIElement>) => {
    const from = event.relatedTarget
    const isBackwards =
      from instanceof Node
        ? Boolean(event.currentTarget.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING)
        : isAboveReader
    const chunk = isBackwards ? lastChunk : firstChunk
    if (chunk) flushSync(() => onNear([chunk.key], { key: chunk.key, at: isBackwards ? 'end' : 'start' }))
  }
  return (
    <li ref={ref} className={styles.standIn} style={{ minBlockSize: totalHeight }} onFocus={onFocus}>
      <p className={styles.standInText}>
        {firstChunk && lastChunk && words.hiddenPage(firstChunk.first, lastChunk.first + lastChunk.count - 1)}
      </p>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          if (shown) onNear([shown.key], { key: shown.key, at: 'start' })
        }}
      >
        {shown && words.showHiddenPage(shown.first, shown.first + shown.count - 1)}
      </button>
    </li>
  )
})
