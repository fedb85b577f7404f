import type { ThreadNode } from './thread-tree'

/** Top-level comments per chunk: the unit a long thread is rendered or left out by. */
export const CHUNK_SIZE = 5

/** A run of consecutive top-level comments (with their replies) from one page of the API. */
export interface ThreadChunk {
  /** Its page and place in it (`"3-1"`): a key that stays with the chunk as pages are appended. */
  key: string
  /** Stable while the chunk's comments are: a memoised chunk skips rendering when others change. */
  nodes: readonly ThreadNode[]
  /** The place of its first top-level comment in the thread, from 1. */
  first: number
  /** The first chunk of its page: where the reader is when the page arrives. */
  startsPage: boolean
}

/**
 * Cuts the laid-out top-level comments into chunks, by the API page they came in (a comment listed on
 * two pages counts on the first) and then by CHUNK_SIZE, keeping each chunk's object while its nodes
 * are the same: when "Voir plus de commentaires" appends a page, the chunks already there are handed
 * back unchanged.
 */
export function createChunker(
  chunkSize = CHUNK_SIZE,
): (pages: readonly { items: readonly { id: string }[] }[], roots: readonly ThreadNode[]) => ThreadChunk[] {
  let previous = new Map<string, ThreadChunk>()
  return (pages, roots) => {
    const pageOf = new Map<string, number>()
    pages.forEach((page, index) => {
      for (const item of page.items) if (!pageOf.has(item.id)) pageOf.set(item.id, index)
    })
    const byPage: ThreadNode[][] = pages.map(() => [])
    let lastPage = 0
    for (const node of roots) {
      // A root no page lists (not expected) stays with the one before it, in reading order.
      lastPage = pageOf.get(node.comment.id) ?? lastPage
      byPage[lastPage]?.push(node)
    }
    let first = 1
    const next = new Map<string, ThreadChunk>()
    for (const [page, nodesOfPage] of byPage.entries()) {
      for (let start = 0; start < nodesOfPage.length; start += chunkSize) {
        const nodes = nodesOfPage.slice(start, start + chunkSize)
        const key = `${page}-${start / chunkSize}`
        const before = previous.get(key)
        const isSame =
          before !== undefined &&
          before.first === first &&
          before.nodes.length === nodes.length &&
          before.nodes.every((node, position) => node === nodes[position])
        next.set(key, isSame ? before : { key, nodes, first, startsPage: start === 0 })
        first += nodes.length
      }
    }
    previous = next
    return [...next.values()]
  }
}
