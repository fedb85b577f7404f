import { useEffect, useRef, useState, type ReactNode } from 'react'

interface RenderWhenNearProps {
  children: ReactNode
  /** Shown until then: same size and headings as what comes, so nothing jumps. */
  placeholder: ReactNode
  /** Render at once (a permalink targets what is inside). */
  immediately?: boolean
  /** How close to the screen counts as near. */
  rootMargin?: string
  /**
   * Loads the children's code; the placeholder stays until it has settled. (Rendering lazy children
   * at once would swap the placeholder for a Suspense fallback, which React then keeps on screen for
   * at least 300 ms, even if the code arrives sooner.) A failure renders the children anyway: their
   * error boundary says so, with its retry.
   */
  prepare?: () => Promise<unknown>
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
  prepare,
}: RenderWhenNearProps) {
  const anchorRef = useRef<HTMLDivElement>(null)
  const [isNear, setIsNear] = useState(() => immediately || typeof IntersectionObserver === 'undefined')
  const isWanted = isNear || immediately
  const [isPrepared, setIsPrepared] = useState(prepare === undefined)
  const show = isWanted && isPrepared

  useEffect(() => {
    if (!isWanted || isPrepared || !prepare) return
    let isMounted = true
    const done = () => isMounted && setIsPrepared(true)
    prepare().then(done, done)
    return () => {
      isMounted = false
    }
  }, [isWanted, isPrepared, prepare])

  useEffect(() => {
    if (isWanted) return
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
  }, [isWanted, rootMargin])

  return show ? children : <div ref={anchorRef}>{placeholder}</div>
}
