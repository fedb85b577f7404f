import { afterEach, expect, test, vi } from 'vitest'
import { readerKey } from './reader-key'

afterEach(() => {
  vi.restoreAllMocks()
})

test('is one random UUID per browser, kept on the device', () => {
  const key = readerKey()
  expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  expect(readerKey()).toBe(key)
  expect(localStorage.getItem('chronique:reader-key')).toBe(key)
})

test('replaces a stored value that is not a UUID', () => {
  localStorage.setItem('chronique:reader-key', 'Marie Tremblay')
  expect(readerKey()).toMatch(/^[0-9a-f-]{36}$/)
  expect(localStorage.getItem('chronique:reader-key')).not.toBe('Marie Tremblay')
})

test('never throws where storage is refused, and stays the same for the page', () => {
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
    throw new DOMException('denied', 'SecurityError')
  })
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError')
  })
  const key = readerKey()
  expect(key).toMatch(/^[0-9a-f-]{36}$/)
  expect(readerKey()).toBe(key)
})
