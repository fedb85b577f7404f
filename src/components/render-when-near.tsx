import { useEffect, useRef, useState, type ReactNode } from 'react'

interface RenderWhenNearProps {
  children: ReactNode
  /** Shown until then: same size and headings as what comes, so nothing jumps. */
  placeholder: ReactNode
  /** Render at once (a permalink targets what is inside). */
  immediately?: boolean
  /** How close to the screen counts as near. */
  rootMargin?: string
}

/**
 * Renders its children (and so loads their code) when the reader nears them, or once the browser is
 * idle after the page has shown, whichever comes first: below-the-fold code stays off the critical path
 * without ever making the reader wait for it.
 */
export function RenderWhenNear({
  children,
  placeholder,
  immediately = false,
  rootMargin = '1200px',
}: RenderWhenNearProps) {
  const anchorRef = useRef<HTMLDivElement>(null)
  const [isNear, setIsNear] = useState(() => immediately || typeof IntersectionObserver === 'undefined')
  const show = isNear || immediately

  useEffect(() => {
    if (show) return
    const reveal = () => setIsNear(true)
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) reveal()
      },
      { rootMargin },
    )
    if (anchorRef.current) observer.observe(anchorRef.current)
    const idle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(reveal, { timeout: 3000 })
        : window.setTimeout(reveal, 1500)
    return () => {
      observer.disconnect()
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle)
      else window.clearTimeout(idle)
    }
  }, [show, rootMargin])

  return show ? children : <div ref={anchorRef}>{placeholder}</div>
}
