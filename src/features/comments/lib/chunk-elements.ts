import { commentAnchor } from '@/lib/routing/paths'
import type { ThreadNode } from './thread-tree'

/** The chunk's top-level list items, each holding a comment and its replies. */
export function listItemsOf(nodes: readonly ThreadNode[]): HTMLElement[] {
  const items: HTMLElement[] = []
  for (const node of nodes) {
    const item = document.getElementById(commentAnchor(node.comment.id))?.parentElement
    if (item) items.push(item)
  }
  return items
}

/** Focus, a form (reply, edit, copy-this-link box) or an open dialog: the reader is busy there. */
export function holdsReadersWork(items: readonly HTMLElement[]): boolean {
  const focused = document.activeElement
  return items.some(
    (item) =>
      (focused !== null && item.contains(focused)) ||
      item.querySelector('form, input, textarea, dialog[open]') !== null,
  )
}

/** From the top of the first item (its border included) to the bottom of the last. */
export function heightOf(items: readonly HTMLElement[]): number {
  const top = items[0]?.getBoundingClientRect().top ?? 0
  const bottom = items.at(-1)?.getBoundingClientRect().bottom ?? top
  return Math.max(0, bottom - top)
}
