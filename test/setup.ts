import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { db } from '../mocks/db'
import { server } from '../mocks/node'

beforeAll(() => {
  // A request no handler answers is a bug in the test or the app: fail loudly.
  server.listen({ onUnhandledFrame: 'error' })
})

beforeEach(() => {
  // jsdom lacks these browser APIs; the real behaviour is covered in Chromium by the e2e tests.
  window.scrollTo = vi.fn() as typeof window.scrollTo
  window.matchMedia = vi.fn((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(() => false),
  })) as unknown as typeof window.matchMedia
  Element.prototype.scrollIntoView = vi.fn()

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
