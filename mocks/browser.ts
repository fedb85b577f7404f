import { setupWorker } from 'msw/browser'
import { db } from './db.ts'
import { handlers } from './handlers/index.ts'
import { applySettingsFromUrl } from './scenarios/session.ts'
import { sessionStoragePersistence } from './store/tab-persistence.ts'

export const worker = setupWorker(...handlers)

/** Service workers need a secure context: a phone on http://<LAN-IP>:5173 has none. */
export function canUseServiceWorker(): boolean {
  return window.isSecureContext && 'serviceWorker' in navigator
}

/**
 * Starts the mocked API for this tab: the scenario settings in the URL go into the session, then the
 * worker starts with the tab's earlier changes. Without a service worker, the dev server answers /api
 * itself with the same handlers (see vite.config.ts), so nothing starts here.
 */
export async function startMockWorker(): Promise<'service-worker' | 'dev-server'> {
  const cleaned = applySettingsFromUrl(new URL(window.location.href))
  if (cleaned) window.history.replaceState(window.history.state, '', cleaned)
  if (!canUseServiceWorker()) return 'dev-server'
  db.persistWith(sessionStoragePersistence())
  try {
    await worker.start({ onUnhandledFrame: 'bypass', quiet: true })
    return 'service-worker'
  } catch (error) {
    // Service workers disabled (some private modes, a test harness): the dev server answers instead.
    console.warn('Mock service worker unavailable; the dev server answers /api.', error)
    return 'dev-server'
  }
}
