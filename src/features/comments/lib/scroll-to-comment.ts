import { prefersReducedMotion } from '@/lib/browser/reduced-motion'

/** Longer than any smooth scroll, for browsers without `scrollend`. */
const SCROLL_END_FALLBACK_MS = 1500

const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const

/** How long a landed comment is held in place while the comments around it take their real height. */
const HOLD_MS = 3000

/**
 * A permalink's landing: the comment (which has focus) goes to the middle of the screen in one jump,
 * before the browser paints, and stays exactly there while the comments around it render. No smooth
 * scroll: in a long thread the way down passes chunks that stand in by an estimated height; a smooth
 * scroll, its end point chosen at the start, would render them as it passes and end past the comment,
 * to be corrected later (it went 4,000 px too far, then jumped back, 1.5 s on). Here the chunks near the
 * comment render after the jump, and their real height is absorbed above it: by the browser's scroll
 * anchoring where there is one (stand-ins are never anchors), and by a correction made before the next
 * paint where there is none. The hold ends as soon as the reader scrolls, types or points, or focus
 * leaves the comment. Returns what ends it early.
 */
export function landOnComment(element: HTMLElement): () => void {
  element.scrollIntoView({ block: 'center', behavior: 'instant' })
  if (typeof ResizeObserver !== 'function') return () => {}
  const landedAt = element.getBoundingClientRect().top
  const region = element.closest('section') ?? document.body
  let isHolding = true
  // After layout, before paint: wherever the comment has moved to, it goes back to where it landed.
  const observer = new ResizeObserver(() => {
    if (!element.isConnected || document.activeElement !== element) {
      stop()
      return
    }
    const drift = element.getBoundingClientRect().top - landedAt
    if (Math.abs(drift) >= 1) window.scrollBy({ top: drift, behavior: 'instant' })
  })
  const stop = () => {
    if (!isHolding) return
    isHolding = false
    observer.disconnect()
    clearTimeout(timer)
    for (const type of READER_INPUT) window.removeEventListener(type, stop, true)
  }
  observer.observe(region)
  for (const type of READER_INPUT) window.addEventListener(type, stop, { capture: true, passive: true })
  const timer = setTimeout(stop, HOLD_MS)
  return stop
}

/**
 * Scrolls a comment (which has focus) smoothly to the middle of the screen (a comment near the reader:
 * one just posted, revealed, or focused), and makes sure it is still on
 * screen once that scroll is over: in a long thread, comments rendered as the scroll passes them take
 * their real height, which a smooth scroll, its end point already chosen, does not follow. Only while
 * the reader has not moved on: no input since, focus still on the comment, and the view no further
 * from it than when the scroll began (a jump elsewhere, by a script or a screen reader, wins).
 */
export function scrollToComment(element: HTMLElement) {
  const distanceAtStart = distanceFromMiddleOfScreen(element)
  element.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'instant' : 'smooth' })
  const stop = () => {
    window.removeEventListener('scrollend', check)
    for (const type of READER_INPUT) window.removeEventListener(type, stop, true)
    clearTimeout(timer)
  }
  function check() {
    stop()
    requestAnimationFrame(() => {
      if (!element.isConnected || document.activeElement !== element) return
      if (distanceFromMiddleOfScreen(element) > distanceAtStart) return
      const { top, bottom } = element.getBoundingClientRect()
      if (bottom < 0 || top > window.innerHeight) {
        element.scrollIntoView({ block: 'center', behavior: 'instant' })
      }
    })
  }
  window.addEventListener('scrollend', check)
  for (const type of READER_INPUT) window.addEventListener(type, stop, { capture: true, passive: true })
  const timer = setTimeout(check, SCROLL_END_FALLBACK_MS)
}

function distanceFromMiddleOfScreen(element: HTMLElement): number {
  const { top, bottom } = element.getBoundingClientRect()
  return Math.abs((top + bottom) / 2 - window.innerHeight / 2)
}
