import { useEffect, useState } from 'react'
import { ServiceWorkerUpdates } from './service-worker-updates'

/**
 * Offline reading in the production build: once the page has loaded and the browser is idle, it
 * registers the service worker (which keeps the app and the articles read for offline use) and
 * offers each new version as it arrives. Never in development, where the mock API's worker owns the
 * origin. (A page opened offline knows it from the start: see `syncOnlineStatus`.)
 */
export function OfflineReading() {
  const isReady = useLoadedAndIdle(import.meta.env.PROD && 'serviceWorker' in navigator)
  return isReady ? <ServiceWorkerUpdates /> : null
}

/** True once the page's load event has passed and the browser has had an idle moment since. */
function useLoadedAndIdle(isWanted: boolean): boolean {
  const [isReady, setIsReady] = useState(false)
  useEffect(() => {
    if (!isWanted) return
    let idle = 0
    const whenIdle = () => {
      idle =
        typeof requestIdleCallback === 'function'
          ? requestIdleCallback(() => setIsReady(true), { timeout: 5000 })
          : window.setTimeout(() => setIsReady(true), 2000)
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
