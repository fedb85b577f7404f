import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import type { WorkboxLifecycleWaitingEvent } from 'workbox-window'
import { registerServiceWorker } from './register-service-worker'

/**
 * workbox-window as the browser drives it: the test says what register() resolves with and which
 * lifecycle events follow. The real browsers run it in the engines suite (scripts/engines/, the
 * service-worker journeys) and in e2e/offline-reading.spec.ts.
 */
const workbox = vi.hoisted(() => {
  type Listener = (event: WorkboxLifecycleWaitingEvent) => void
  class FakeWorkbox {
    static current: FakeWorkbox | undefined
    readonly listeners = new Set<Listener>()
    registration: Partial<ServiceWorkerRegistration> = {}
    constructor() {
      FakeWorkbox.current = this
    }
    register() {
      return Promise.resolve(this.registration)
    }
    addEventListener(type: string, listener: Listener) {
      if (type === 'waiting') this.listeners.add(listener)
    }
    removeEventListener(type: string, listener: Listener) {
      if (type === 'waiting') this.listeners.delete(listener)
    }
    messageSkipWaiting() {}
    /** workbox-window's `waiting` event, as it dispatches it. */
    waiting(event: Partial<WorkboxLifecycleWaitingEvent>) {
      for (const listener of this.listeners) listener({ type: 'waiting', target: this, ...event } as never)
    }
  }
  return { FakeWorkbox }
})
vi.mock('workbox-window', () => ({ Workbox: workbox.FakeWorkbox }))

function worker(state: ServiceWorkerState): ServiceWorker {
  return { state, scriptURL: 'http://localhost/sw.js' } as ServiceWorker
}

/** The page's navigator.serviceWorker: who controls the page now. */
function pageControlledBy(controller: ServiceWorker | null) {
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { controller, addEventListener: vi.fn(), removeEventListener: vi.fn() },
  })
}

function fakeWorkbox() {
  const current = workbox.FakeWorkbox.current
  if (!current) throw new Error('registerServiceWorker did not create a Workbox')
  return current
}

/** Registers as the app does, then lets register()'s promise settle. */
async function register(registration: Partial<ServiceWorkerRegistration>) {
  const onUpdateWaiting = vi.fn()
  const controls = registerServiceWorker({ onUpdateWaiting })
  fakeWorkbox().registration = registration
  await Promise.resolve()
  return { onUpdateWaiting, controls }
}

let controls: ReturnType<typeof registerServiceWorker> | undefined

beforeEach(() => {
  workbox.FakeWorkbox.current = undefined
})

afterEach(() => {
  controls?.stop()
  controls = undefined
  Reflect.deleteProperty(navigator, 'serviceWorker')
})

describe('"a new version is waiting" is said only for a real update', () => {
  test('not on the first install, even when Firefox reports the brand-new worker as waiting', async () => {
    // Firefox: a second page opened while the first install runs resolves register() while the new
    // worker is briefly in registration.waiting, and workbox-window reports `waiting` for it.
    pageControlledBy(null)
    const firstWorker = worker('installed')
    const registered = await register({ waiting: firstWorker, installing: null, active: null })
    controls = registered.controls
    fakeWorkbox().waiting({ sw: firstWorker, wasWaitingBeforeRegister: true })
    expect(registered.onUpdateWaiting).not.toHaveBeenCalled()
  })

  test('not on the page that installs the first version, if its activation is slow', async () => {
    pageControlledBy(null)
    const firstWorker = worker('installed')
    const registered = await register({ waiting: null, installing: firstWorker, active: null })
    controls = registered.controls
    fakeWorkbox().waiting({ sw: firstWorker, isExternal: false })
    expect(registered.onUpdateWaiting).not.toHaveBeenCalled()
  })

  test('for a new version found while the page runs on an older one', async () => {
    const older = worker('activated')
    pageControlledBy(older)
    const newer = worker('installed')
    const registered = await register({ waiting: null, installing: null, active: older })
    controls = registered.controls
    fakeWorkbox().waiting({ sw: newer, isExternal: true })
    expect(registered.onUpdateWaiting).toHaveBeenCalledTimes(1)
  })

  test('for a new version already waiting when the page opens (the reader said "Plus tard" last time)', async () => {
    const older = worker('activated')
    pageControlledBy(older)
    const newer = worker('installed')
    const registered = await register({ waiting: newer, installing: null, active: older })
    controls = registered.controls
    fakeWorkbox().waiting({ sw: newer, wasWaitingBeforeRegister: true })
    expect(registered.onUpdateWaiting).toHaveBeenCalledTimes(1)
  })

  test('not for a worker that no longer waits (another tab switched to it)', async () => {
    const older = worker('activated')
    pageControlledBy(older)
    const newer = worker('activating')
    const registered = await register({ waiting: null, installing: null, active: newer })
    controls = registered.controls
    fakeWorkbox().waiting({ sw: newer, isExternal: true })
    expect(registered.onUpdateWaiting).not.toHaveBeenCalled()
  })
})
