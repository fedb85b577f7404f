/**
 * Which groups of the thread's elements are near the screen, from one IntersectionObserver. jsdom
 * has none: a stand-in records what is observed and lets the test report entries as the browser would.
 */
import { afterEach, describe, expect, test, vi } from 'vitest'
import { createNearViewportWatcher } from './near-viewport'

class FakeObserver {
  static instances: FakeObserver[] = []
  observed = new Set<Element>()
  disconnected = false
  constructor(
    readonly callback: (entries: IntersectionObserverEntry[]) => void,
    readonly options: IntersectionObserverInit,
  ) {
    FakeObserver.instances.push(this)
  }
  observe(element: Element) {
    this.observed.add(element)
  }
  unobserve(element: Element) {
    this.observed.delete(element)
  }
  disconnect() {
    this.disconnected = true
    this.observed.clear()
  }
  /** The browser's report: each element near (true) or not (false). */
  report(changes: [Element, boolean][]) {
    this.callback(
      changes.map(([target, isIntersecting]) => ({ target, isIntersecting }) as IntersectionObserverEntry),
    )
  }
}

function install() {
  FakeObserver.instances = []
  vi.stubGlobal('IntersectionObserver', FakeObserver)
}

const elements = (count: number) => Array.from({ length: count }, () => document.createElement('li'))

afterEach(() => {
  FakeObserver.instances = []
})

describe('the near-viewport watcher', () => {
  test('is missing where IntersectionObserver is (nothing is ever windowed out)', () => {
    vi.stubGlobal('IntersectionObserver', undefined)
    expect(createNearViewportWatcher('100px')).toBeNull()
  })

  test('one observer for every group, with the margin asked for, created on the first watch', () => {
    install()
    const watcher = createNearViewportWatcher('2000px 0px')!
    expect(FakeObserver.instances).toHaveLength(0)
    const [a, b] = elements(2)
    watcher.watch([a!], () => {})
    watcher.watch([b!], () => {})
    expect(FakeObserver.instances).toHaveLength(1)
    expect(FakeObserver.instances[0]!.options).toEqual({ rootMargin: '2000px 0px' })
    expect([...FakeObserver.instances[0]!.observed]).toEqual([a, b])
  })

  test('says nothing until every element of a group has been seen, then whether any is near', () => {
    install()
    const watcher = createNearViewportWatcher('0px')!
    const [a, b, c] = elements(3)
    const onChange = vi.fn()
    watcher.watch([a!, b!, c!], onChange)
    const observer = FakeObserver.instances[0]!
    observer.report([
      [a!, false],
      [b!, true],
    ])
    expect(onChange).not.toHaveBeenCalled()
    observer.report([[c!, false]])
    expect(onChange).toHaveBeenCalledTimes(1)
    expect(onChange).toHaveBeenCalledWith(true, expect.objectContaining({ target: c }))
  })

  test('reports each change of the group’s nearness once, not each entry', () => {
    install()
    const watcher = createNearViewportWatcher('0px')!
    const [a, b] = elements(2)
    const onChange = vi.fn()
    watcher.watch([a!, b!], onChange)
    const observer = FakeObserver.instances[0]!
    observer.report([
      [a!, false],
      [b!, false],
    ])
    observer.report([[a!, false]])
    observer.report([[a!, true]])
    observer.report([[b!, true]])
    observer.report([[a!, false]])
    observer.report([[b!, false]])
    expect(onChange.mock.calls.map(([isNear]) => isNear as boolean)).toEqual([false, true, false])
  })

  test('each group hears about its own elements only', () => {
    install()
    const watcher = createNearViewportWatcher('0px')!
    const [a, b] = elements(2)
    const first = vi.fn()
    const second = vi.fn()
    watcher.watch([a!], first)
    watcher.watch([b!], second)
    FakeObserver.instances[0]!.report([[b!, true]])
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledTimes(1)
    // An element nobody watches (any longer) is ignored.
    FakeObserver.instances[0]!.report([[document.createElement('li'), true]])
    expect(first).not.toHaveBeenCalled()
  })

  test('stops watching a group; the last one gone disconnects, and a new watch starts afresh', () => {
    install()
    const watcher = createNearViewportWatcher('0px')!
    const [a, b, c] = elements(3)
    const first = vi.fn()
    const stopFirst = watcher.watch([a!, b!], first)
    const stopSecond = watcher.watch([c!], () => {})
    const observer = FakeObserver.instances[0]!
    stopFirst()
    expect([...observer.observed]).toEqual([c])
    expect(observer.disconnected).toBe(false)
    observer.report([
      [a!, true],
      [b!, true],
    ])
    expect(first).not.toHaveBeenCalled()
    stopSecond()
    expect(observer.disconnected).toBe(true)
    watcher.watch([a!], () => {})
    expect(FakeObserver.instances).toHaveLength(2)
    expect([...FakeObserver.instances[1]!.observed]).toEqual([a])
  })

  test('a group watched again for the same element keeps it when the older group stops', () => {
    install()
    const watcher = createNearViewportWatcher('0px')!
    const [a] = elements(1)
    const older = watcher.watch([a!], () => {})
    const newer = vi.fn()
    watcher.watch([a!], newer)
    older()
    const observer = FakeObserver.instances[0]!
    expect([...observer.observed]).toEqual([a])
    expect(observer.disconnected).toBe(false)
    observer.report([[a!, true]])
    expect(newer).toHaveBeenCalledWith(true, expect.objectContaining({ target: a }))
  })
})
