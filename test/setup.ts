import '@testing-library/jest-dom/vitest'
// Without vitest globals, Testing Library cannot register its own cleanup: do it here.
// eslint-disable-next-line testing-library/no-manual-cleanup
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { db } from '../mocks/db'
import { server } from '../mocks/node'

// findBy* and waitFor wait up to 3 s instead of 1: on a busy 2-core CI machine a whole app render with
// lazy chunks can take longer than a second, and a slow pass is not a failure of the behaviour.
configure({ asyncUtilTimeout: 3000 })

beforeAll(() => {
  // A request no handler answers is a bug in the test or the app: fail loudly.
  server.listen({ onUnhandledFrame: 'error' })
})

beforeEach(() => {
  // jsdom lacks these browser APIs; the real behaviour is covered in Chromium by the e2e tests.
  window.scrollTo = vi.fn()
  window.matchMedia = vi.fn((query: string) => {
    const list = new EventTarget() as MediaQueryList
    Object.assign(list, { matches: false, media: query, onchange: null })
    return list
  })
  Element.prototype.scrollIntoView = vi.fn()
  // jsdom has no modal dialogs: open and close are enough here; focus trapping is tested in Chromium.
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open')
  }

  // An unexpected console.error (a React warning, a failed act, a crash) fails the test.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`)
  })
})

afterEach(() => {
  cleanup()
  server.resetHandlers()
  db.reset()
  sessionStorage.clear()
  localStorage.clear()
  window.history.replaceState(null, '', '/')
})

afterAll(() => {
  server.close()
})
