/**
 * A chunk of the thread as the page holds it: its list items, whether the reader is busy in one, and
 * the height it takes (jsdom lays nothing out: the boxes are given).
 */
import { describe, expect, test } from 'vitest'
import type { Comment } from '@/lib/api-schemas'
import { commentAnchor } from '@/lib/routing/paths'
import { heightOf, holdsReadersWork, listItemsOf } from './chunk-elements'
import type { ThreadNode } from './thread-tree'

const node = (id: string) => ({ comment: { id } as Comment }) as ThreadNode

/** A list item holding a comment's article, as the thread renders it. */
function item(id: string, inner?: string) {
  const li = document.createElement('li')
  const article = document.createElement('article')
  article.id = commentAnchor(id)
  article.tabIndex = -1
  li.append(article)
  if (inner === 'dialog open') {
    const dialog = document.createElement('dialog')
    dialog.open = true
    li.append(dialog)
  } else if (inner) {
    li.append(document.createElement(inner))
  }
  return li
}

function boxed(element: HTMLElement, top: number, bottom: number) {
  element.getBoundingClientRect = () => ({ top, bottom }) as DOMRect
  return element
}

describe('a chunk’s elements', () => {
  test('its list items, in order, leaving out comments not on the page', () => {
    const list = document.createElement('ul')
    const [a, b] = [item('a'), item('b')]
    list.append(a, b)
    document.body.append(list)
    expect(listItemsOf([node('b'), node('absent'), node('a')])).toEqual([b, a])
    list.remove()
  })

  test('the reader is busy in one that has focus, a form or an open dialog', () => {
    const list = document.createElement('ul')
    const plain = item('plain')
    const focused = item('focused')
    list.append(plain, focused)
    document.body.append(list)
    expect(holdsReadersWork([plain, focused])).toBe(false)
    focused.querySelector('article')!.focus()
    expect(holdsReadersWork([plain])).toBe(false)
    expect(holdsReadersWork([plain, focused])).toBe(true)
    focused.querySelector('article')!.blur()
    for (const inner of ['form', 'input', 'textarea', 'dialog open']) {
      expect(holdsReadersWork([plain, item('x', inner)])).toBe(true)
    }
    expect(holdsReadersWork([item('x', 'dialog')])).toBe(false)
    expect(holdsReadersWork([])).toBe(false)
    list.remove()
  })

  test('its height runs from the first item’s top to the last one’s bottom, never negative', () => {
    const first = boxed(item('a'), 100, 400)
    const last = boxed(item('b'), 400, 950)
    expect(heightOf([first, last])).toBe(850)
    expect(heightOf([first])).toBe(300)
    expect(heightOf([])).toBe(0)
    expect(heightOf([boxed(item('c'), 500, 400)])).toBe(0)
    expect(heightOf([boxed(item('d'), -300, -100)])).toBe(200)
  })
})
