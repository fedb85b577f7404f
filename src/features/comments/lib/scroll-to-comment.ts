import { prefersReducedMotion } from '@/lib/browser/reduced-motion'

/** Longer than any smooth scroll, for browsers without `scrollend`. */
const SCROLL_END_FALLBACK_MS = 1500

const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const

/**
 * Scrolls a comment (which has focus) to the middle of the screen, and makes sure it is still on
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
