import { useEffect, useState } from 'react'

/**
 * True once the page's load event has passed and the browser has had an idle moment since: the time
 * for code nobody needs on the first screen (it then loads without competing with the page).
 */
export function useLoadedAndIdle(isWanted = true): boolean {
  const [isReady, setIsReady] = useState(false)
  useEffect(() => {
    if (!isWanted) return
    let idle = 0
    const whenIdle = () => {
      idle =
        typeof requestIdleCallback === 'function'
          ? requestIdleCallback(() => setIsReady(true), { timeout: 5000 })
          : window.setTimeout(() => setIsReady(true), 500)
    }
    if (document.readyState === 'complete') whenIdle()
    else window.addEventListener('load', whenIdle, { once: true })
    return () => {
      window.removeEventListener('load', whenIdle)
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle)
      else window.clearTimeout(idle)
    }
  }, [isWanted])
  return isReady
}
