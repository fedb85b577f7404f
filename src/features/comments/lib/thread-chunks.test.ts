import { describe, expect, test } from 'vitest'
import type { Comment } from '@/lib/api-schemas'
import { createChunker } from './thread-chunks'
import { createThreadBuilder, uniqueComments } from './thread-tree'

let sequence = 0
function comment(replies: Comment[] = []): Comment {
  sequence++
  return {
    id: `p${sequence}`,
    parentId: null,
    authorName: `Auteur ${sequence}`,
    body: 'texte',
    createdAt: '2016-03-08T14:05:00Z',
    replies,
    status: 'published',
    likeCount: 0,
    featured: false,
    authorBadge: null,
  }
}

function pageOf(count: number) {
  return { items: Array.from({ length: count }, () => comment([comment()])) }
}

/** Chunks of 2 top-level comments, as the thread lays them out. */
function setUp() {
  const build = createThreadBuilder()
  const chunk = createChunker(2)
  return (pages: { items: Comment[] }[]) => chunk(pages, build(uniqueComments(pages)))
}

const ids = (chunk: { nodes: readonly { comment: Comment }[] }) => chunk.nodes.map((node) => node.comment.id)

describe('createChunker', () => {
  test('cuts each page into chunks, numbered through the thread, never across pages', () => {
    const chunk = setUp()
    const pages = [pageOf(3), pageOf(2)]
    const chunks = chunk(pages)
    expect(chunks.map(({ key, first, nodes, startsPage }) => [key, first, nodes.length, startsPage])).toEqual(
      [
        ['0-0', 1, 2, true],
        ['0-1', 3, 1, false],
        ['1-0', 4, 2, true],
      ],
    )
    expect(ids(chunks[2]!)).toEqual(pages[1]!.items.map((item) => item.id))
    // Replies stay under their comment, not in the count.
    expect(chunks[0]!.nodes[0]!.children).toHaveLength(1)
  })

  test('hands back the chunks already there unchanged when a page is appended', () => {
    const chunk = setUp()
    const first = pageOf(4)
    const before = chunk([first])
    const after = chunk([first, pageOf(2)])
    expect(after[0]).toBe(before[0])
    expect(after[1]).toBe(before[1])
    expect(after).toHaveLength(3)
  })

  test('a chunk whose comment changed (a reply arrived) is new; the others stay', () => {
    const chunk = setUp()
    const page = pageOf(4)
    const before = chunk([page])
    const withReply = { items: page.items.with(3, { ...page.items[3]!, replies: [comment()] }) }
    const after = chunk([withReply])
    expect(after[0]).toBe(before[0])
    expect(after[1]).not.toBe(before[1])
    expect(after[1]!.nodes[1]!.children).toHaveLength(1)
  })

  test('a comment listed on two pages (pages overlap as comments arrive) counts on the first', () => {
    const chunk = setUp()
    const first = pageOf(2)
    const second = { items: [first.items[1]!, ...pageOf(2).items] }
    const chunks = chunk([first, second])
    expect(chunks.map((c) => [c.key, c.first, c.nodes.length])).toEqual([
      ['0-0', 1, 2],
      ['1-0', 3, 2],
    ])
  })
})
