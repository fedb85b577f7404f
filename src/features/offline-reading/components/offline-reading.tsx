import { lazy } from 'react'
import { Deferred } from '@/components/deferred'

const ServiceWorkerUpdates = lazy(() =>
  import('./service-worker-updates').then((module) => ({ default: module.ServiceWorkerUpdates })),
)

/**
 * Offline reading in the production build: once the page has loaded and the browser is idle, it
 * registers the service worker (which keeps the app and the articles read for offline use) and
 * offers each new version as it arrives. Never on the mocks (development, the QA build), where the mock
 * API's worker owns the origin. (A page opened offline knows it from the start: see `syncOnlineStatus`.)
 */
export function OfflineReading() {
  return (
    <Deferred isWanted={import.meta.env.PROD && !__MOCKED_API__ && 'serviceWorker' in navigator}>
      <ServiceWorkerUpdates />
    </Deferred>
  )
}
