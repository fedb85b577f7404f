import { afterEach, expect, test, vi } from 'vitest'
import { randomUuid } from './uuid'

afterEach(() => {
  vi.unstubAllGlobals()
})

test('makes v4 UUIDs even where crypto.randomUUID is missing (plain http)', () => {
  const { getRandomValues } = crypto
  vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(crypto) })
  const ids = new Set(Array.from({ length: 50 }, randomUuid))
  expect(ids.size).toBe(50)
  for (const id of ids)
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
})
