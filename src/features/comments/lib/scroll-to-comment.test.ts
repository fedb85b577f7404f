/**
 * Bringing a comment to the middle of the screen, and keeping it there while the thread around it
 * takes its real height, until the reader moves on. jsdom lays nothing out: the comment's box, the
 * window's scrolling and the ResizeObserver are stand-ins the test drives.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { landOnComment, scrollToComment } from './scroll-to-comment'

class FakeResizeObserver {
  static instances: FakeResizeObserver[] = []
  observed: Element[] = []
  isConnected = true
  disconnect = vi.fn(() => {
    this.isConnected = false
  })
  constructor(readonly callback: () => void) {
    FakeResizeObserver.instances.push(this)
  }
  observe(element: Element) {
    this.observed.push(element)
  }
}

let top = 300
let comment: HTMLElement

function mountComment(inSection = true) {
  const article = document.createElement('article')
  article.tabIndex = -1
  article.getBoundingClientRect = () => ({ top, bottom: top + 100 }) as DOMRect
  if (inSection) {
    const section = document.createElement('section')
    section.append(article)
    document.body.append(section)
  } else {
    document.body.append(article)
  }
  article.focus()
  return article
}

const resize = () => {
  for (const observer of FakeResizeObserver.instances) if (observer.isConnected) observer.callback()
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] })
  FakeResizeObserver.instances = []
  vi.stubGlobal('ResizeObserver', FakeResizeObserver)
  window.scrollBy = vi.fn()
  vi.stubGlobal('innerHeight', 800)
  top = 300
  comment = mountComment()
})

afterEach(() => {
  vi.useRealTimers()
  document.body.replaceChildren()
})

describe('landing on a permalinked comment', () => {
  test('jumps to it at once, centred, and holds it where it landed as the thread around it grows', () => {
    const stop = landOnComment(comment)
    expect(comment.scrollIntoView).toHaveBeenCalledWith({ block: 'center', behavior: 'instant' })
    expect(FakeResizeObserver.instances[0]?.observed).toEqual([comment.closest('section')])
    top = 340
    resize()
    top = 299
    resize()
    // Less than a pixel is not worth a scroll.
    top = 300.5
    resize()
    expect(vi.mocked(window.scrollBy).mock.calls).toEqual([
      [{ top: 40, behavior: 'instant' }],
      [{ top: -1, behavior: 'instant' }],
    ])
    stop()
  })

  test('outside a section, watches the whole page', () => {
    document.body.replaceChildren()
    comment = mountComment(false)
    landOnComment(comment)()
    expect(FakeResizeObserver.instances[0]?.observed).toEqual([document.body])
  })

  test.each(['wheel', 'touchstart', 'keydown', 'pointerdown'])(
    'lets go as soon as the reader acts (%s)',
    (type) => {
      landOnComment(comment)
      window.dispatchEvent(new Event(type))
      expect(FakeResizeObserver.instances[0]?.disconnect).toHaveBeenCalledTimes(1)
      top = 500
      resize()
      window.dispatchEvent(new Event(type))
      vi.advanceTimersByTime(5000)
      expect(window.scrollBy).not.toHaveBeenCalled()
      expect(FakeResizeObserver.instances[0]?.disconnect).toHaveBeenCalledTimes(1)
    },
  )

  test('lets go after 3 s', () => {
    landOnComment(comment)
    vi.advanceTimersByTime(2999)
    expect(FakeResizeObserver.instances[0]?.disconnect).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(FakeResizeObserver.instances[0]?.disconnect).toHaveBeenCalledTimes(1)
  })

  test('lets go when focus leaves the comment, or the comment leaves the page', () => {
    landOnComment(comment)
    comment.blur()
    top = 500
    resize()
    expect(window.scrollBy).not.toHaveBeenCalled()
    expect(FakeResizeObserver.instances[0]?.disconnect).toHaveBeenCalledTimes(1)

    const other = mountComment()
    landOnComment(other)
    other.remove()
    resize()
    expect(window.scrollBy).not.toHaveBeenCalled()
    expect(FakeResizeObserver.instances[1]?.disconnect).toHaveBeenCalledTimes(1)
  })

  test('without ResizeObserver, only jumps', () => {
    vi.stubGlobal('ResizeObserver', undefined)
    const stop = landOnComment(comment)
    expect(comment.scrollIntoView).toHaveBeenCalledWith({ block: 'center', behavior: 'instant' })
    stop()
    expect(FakeResizeObserver.instances).toHaveLength(0)
  })
})

describe('scrolling to a comment near the reader', () => {
  test('scrolls smoothly, or at once when the reader asked for less motion', () => {
    scrollToComment(comment)
    expect(comment.scrollIntoView).toHaveBeenLastCalledWith({ block: 'center', behavior: 'smooth' })
    window.matchMedia = vi.fn(
      (query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)' }) as MediaQueryList,
    )
    scrollToComment(comment)
    expect(comment.scrollIntoView).toHaveBeenLastCalledWith({ block: 'center', behavior: 'instant' })
  })

  test('once the scroll is over, brings back a comment that ended off screen', () => {
    top = 3000
    scrollToComment(comment)
    vi.mocked(comment.scrollIntoView).mockClear()
    top = 900
    window.dispatchEvent(new Event('scrollend'))
    vi.advanceTimersToNextFrame()
    expect(comment.scrollIntoView).toHaveBeenCalledWith({ block: 'center', behavior: 'instant' })
  })

  test('checks after 1.5 s where there is no scrollend, once', () => {
    top = 1200
    scrollToComment(comment)
    vi.mocked(comment.scrollIntoView).mockClear()
    top = -150
    vi.advanceTimersByTime(1499)
    expect(comment.scrollIntoView).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    vi.advanceTimersToNextFrame()
    expect(comment.scrollIntoView).toHaveBeenCalledTimes(1)
    window.dispatchEvent(new Event('scrollend'))
    vi.advanceTimersToNextFrame()
    expect(comment.scrollIntoView).toHaveBeenCalledTimes(1)
  })

  test.each([
    ['on screen', 700],
    ['just at the bottom edge', 800],
    ['just at the top edge', -100],
  ])('leaves a comment %s where it is', (_where, endTop) => {
    top = 1200
    scrollToComment(comment)
    vi.mocked(comment.scrollIntoView).mockClear()
    top = endTop
    window.dispatchEvent(new Event('scrollend'))
    vi.advanceTimersToNextFrame()
    expect(comment.scrollIntoView).not.toHaveBeenCalled()
  })

  test.each(['wheel', 'touchstart', 'keydown', 'pointerdown'])(
    'leaves the view alone once the reader has acted (%s)',
    (type) => {
      top = 3000
      scrollToComment(comment)
      window.dispatchEvent(new Event(type))
      vi.mocked(comment.scrollIntoView).mockClear()
      window.dispatchEvent(new Event('scrollend'))
      vi.advanceTimersByTime(2000)
      vi.advanceTimersToNextFrame()
      expect(comment.scrollIntoView).not.toHaveBeenCalled()
    },
  )

  test('leaves the view alone when it went further from the comment (a jump elsewhere)', () => {
    top = 1000
    scrollToComment(comment)
    vi.mocked(comment.scrollIntoView).mockClear()
    top = -2000
    window.dispatchEvent(new Event('scrollend'))
    vi.advanceTimersToNextFrame()
    expect(comment.scrollIntoView).not.toHaveBeenCalled()
  })

  test('leaves the view alone when focus left the comment, or the comment left the page', () => {
    top = 3000
    scrollToComment(comment)
    comment.blur()
    const removed = mountComment()
    scrollToComment(removed)
    removed.remove()
    vi.mocked(Element.prototype.scrollIntoView).mockClear()
    top = 1000
    window.dispatchEvent(new Event('scrollend'))
    vi.advanceTimersToNextFrame()
    expect(Element.prototype.scrollIntoView).not.toHaveBeenCalled()
  })
})
