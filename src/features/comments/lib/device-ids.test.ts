import { afterEach, describe, expect, test, vi } from 'vitest'
import { createDeviceIds } from './device-ids'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('comment ids kept on the device', () => {
  test('are there for the next page of the same browser, and can be taken out', () => {
    const liked = createDeviceIds('test:liked')
    liked.set('c1', true)
    liked.set('c2', true)
    const afterReload = createDeviceIds('test:liked')
    expect(afterReload.has('c1')).toBe(true)
    afterReload.set('c1', false)
    expect(afterReload.has('c1')).toBe(false)
    expect(afterReload.has('c2')).toBe(true)
  })

  test('keep the newest ones only', () => {
    const liked = createDeviceIds('test:few', 2)
    for (const id of ['a', 'b', 'c']) liked.set(id, true)
    expect(['a', 'b', 'c'].map((id) => liked.has(id))).toEqual([false, true, true])
  })

  test('tell their subscribers of a change, once per change', () => {
    const liked = createDeviceIds('test:subscribed')
    const listener = vi.fn()
    const unsubscribe = liked.subscribe(listener)
    liked.set('c1', true)
    liked.set('c1', true)
    expect(listener).toHaveBeenCalledTimes(1)
    unsubscribe()
    liked.set('c2', true)
    expect(listener).toHaveBeenCalledTimes(1)
  })

  test('last as long as the page where storage is refused', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    const liked = createDeviceIds('test:refused')
    liked.set('c1', true)
    expect(liked.has('c1')).toBe(true)
    expect(createDeviceIds('test:refused').has('c1')).toBe(false)
  })
})
