import { isTyping } from '@/lib/browser/is-typing'
import { prefersReducedMotion } from '@/lib/browser/reduced-motion'
import { useEffect, useRef, useState } from 'react'
import { useMessages } from '@/lib/i18n/use-messages'
import styles from './back-to-top.module.css'

interface BackToTopProps {
  /** The element that receives keyboard focus at the top of the page. */
  focusTargetId: string
}

type Visibility = 'hidden' | 'shown' | 'tucked'

/** How long without a scroll event counts as the reader having stopped (browsers without scrollend). */
const REST_MS = 150

/**
 * "Retour en haut de la page": hidden on the first screen. Past it, it comes out when the reader
 * scrolls up, and in the last screen of the page, where the reader who has finished looks for it, on
 * phones too. It never sits on what the reader is doing: it tucks itself away while they scroll down
 * through the page (reading) or type in a field (the keyboard is up), whenever a form's fields,
 * labels or buttons (the comment form, a reply, the search) pass under it, and, reading down into
 * the last screen, where it would rest on text.
 * The page keeps empty room for it at its very end (the footer's padding), so it is always there.
 */
export function BackToTop({ focusTargetId }: BackToTopProps) {
  const messages = useMessages()
  const [visibility, setVisibility] = useState<Visibility>('hidden')
  const buttonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    let lastY = window.scrollY
    // The way the reader last went: down, reading; up, looking for something (this button, perhaps).
    let wentDown = true
    let frame = 0
    let restTimer = 0
    const update = (isAtRest: boolean) => {
      frame = 0
      const y = window.scrollY
      const screen = window.innerHeight
      const isPastFirstScreen = y > screen * 0.9
      const isInLastScreen = document.documentElement.scrollHeight - (y + screen) <= screen
      const isScrollingDown = y > lastY + 2
      const isScrollingUp = y < lastY - 2
      if (isScrollingDown || isScrollingUp) wentDown = isScrollingDown
      lastY = y
      const button = buttonRef.current
      const spot = button ? restingSpot(button) : null
      setVisibility((current) => {
        if (!isPastFirstScreen) return 'hidden'
        if (isTyping() || (spot && isOverForm(spot, button))) return 'tucked'
        if (!wentDown) return 'shown'
        if (!isInLastScreen) return isScrollingDown || current === 'hidden' ? 'tucked' : current
        // Reading down into the last screen: decided once the reader stops (while the page moves,
        // lines passing under it would flicker it in and out), where it covers no text.
        if (!isAtRest) return current === 'hidden' ? 'tucked' : current
        return spot && isOverText(spot, button) ? 'tucked' : 'shown'
      })
    }
    const onScroll = () => {
      frame ||= requestAnimationFrame(() => update(false))
      window.clearTimeout(restTimer)
      restTimer = window.setTimeout(() => update(true), REST_MS)
    }
    const onChange = () => {
      frame ||= requestAnimationFrame(() => update(true))
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('resize', onChange, { passive: true })
    document.addEventListener('focusin', onChange)
    document.addEventListener('focusout', onChange)
    update(true)
    return () => {
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('resize', onChange)
      document.removeEventListener('focusin', onChange)
      document.removeEventListener('focusout', onChange)
      cancelAnimationFrame(frame)
      window.clearTimeout(restTimer)
    }
  }, [])

  const goToTop = () => {
    window.scrollTo({ top: 0, behavior: prefersReducedMotion() ? 'instant' : 'smooth' })
    // Focus moves with the view, so the next Tab continues from the top, not from the button.
    document.getElementById(focusTargetId)?.focus({ preventScroll: true })
  }

  return (
    <button
      ref={buttonRef}
      type="button"
      className={styles.button}
      data-visibility={visibility}
      hidden={visibility === 'hidden'}
      onClick={goToTop}
    >
      <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 5l-7 7 1.4 1.4L11 8.8V20h2V8.8l4.6 4.6L19 12z" fill="currentColor" />
      </svg>
      <span className={styles.label}>{messages.app.backToTop}</span>
    </button>
  )
}

interface Spot {
  left: number
  top: number
  right: number
  bottom: number
}

/** Where the button sits when shown: its box, less the transform that tucks it away (if any). */
function restingSpot(button: HTMLElement): Spot | null {
  const box = button.getBoundingClientRect()
  if (box.width === 0) return null
  const transform = getComputedStyle(button).transform
  const shift = transform && transform !== 'none' ? new DOMMatrixReadOnly(transform) : null
  const dx = shift?.m41 ?? 0
  const dy = shift?.m42 ?? 0
  // A little room around it: nothing should touch it either.
  const margin = 6
  return {
    left: box.left - dx - margin,
    top: box.top - dy - margin,
    right: box.right - dx + margin,
    bottom: box.bottom - dy + margin,
  }
}

function overlaps(spot: Spot, box: DOMRect | DOMRectReadOnly): boolean {
  return box.right > spot.left && box.left < spot.right && box.bottom > spot.top && box.top < spot.bottom
}

/** What a form is made of, as the reader sees it: its fields, buttons, labels, hints and headings. */
const FORM_PARTS = 'input, textarea, select, button, label, legend, p, h2, h3, [role="alert"]'

/** A part of a form (not the space around its parts) is under the spot. */
function isOverForm(spot: Spot, button: HTMLElement | null): boolean {
  return [...document.forms].some(
    (form) =>
      !form.contains(button) &&
      form.getClientRects().length > 0 &&
      overlaps(spot, form.getBoundingClientRect()) &&
      [...form.querySelectorAll(FORM_PARTS)].some(
        (part) => part.getClientRects().length > 0 && overlaps(spot, part.getBoundingClientRect()),
      ),
  )
}

/** Some text of the page is under the spot: the glyphs' own boxes, not their paragraph's. */
function isOverText(spot: Spot, button: HTMLElement | null): boolean {
  if (typeof document.elementsFromPoint !== 'function') return false
  const xs = [spot.left, (spot.left + spot.right) / 2, spot.right]
  const ys = [spot.top, (spot.top + spot.bottom) / 2, spot.bottom]
  const seen = new Set<Element>()
  for (const x of xs) {
    for (const y of ys) {
      const under = document
        .elementsFromPoint(x, y)
        .find((element) => element !== button && !button?.contains(element))
      if (!under || seen.has(under)) continue
      seen.add(under)
      for (const node of under.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue
        const range = document.createRange()
        range.selectNodeContents(node)
        if ([...range.getClientRects()].some((box) => overlaps(spot, box))) return true
      }
    }
  }
  return false
}
