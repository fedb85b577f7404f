import { describe, expect, test } from 'vitest'
import type { Comment } from '@/lib/api-schemas'
import { buildThread, countComments, findAncestors, uniqueComments } from './thread-tree'

let sequence = 0
function comment(authorName: string, replies: Comment[] = []): Comment {
  sequence++
  return {
    id: `c${sequence}`,
    parentId: null,
    authorName,
    body: 'texte',
    createdAt: '2016-03-08T14:05:00Z',
    replies,
    status: 'published',
    likeCount: 0,
    featured: false,
    authorBadge: null,
  }
}

describe('buildThread', () => {
  test('nests replies down to depth 3, then lines deeper ones up at depth 3 with whom they answer', () => {
    const d5 = comment('Eve')
    const d4 = comment('Dan', [d5])
    const d3 = comment('Cleo', [d4])
    const d2 = comment('Bob', [d3])
    const d1 = comment('Ana', [d2])
    const root = comment('Zoé', [d1])
    const [node] = buildThread([root])
    const level3 = node!.children[0]!.children[0]!.children[0]!
    expect(level3.comment.authorName).toBe('Cleo')
    expect(level3.depth).toBe(3)
    expect(level3.children.map((child) => [child.comment.authorName, child.depth, child.inReplyTo])).toEqual([
      ['Dan', 3, 'Cleo'],
      ['Eve', 3, 'Dan'],
    ])
    expect(node!.descendantCount).toBe(5)
  })

  test('survives a 50-level thread and a cycle', () => {
    let deepest = comment('fin')
    for (let level = 0; level < 50; level++) deepest = comment(`niveau ${level}`, [deepest])
    const [node] = buildThread([deepest])
    expect(node!.descendantCount).toBe(50)

    const a = comment('A')
    const b = comment('B', [a])
    a.replies.push(b)
    expect(() => buildThread([a])).not.toThrow()
  })

  test('finds the ancestors to expand for a permalink', () => {
    const target = comment('Cible')
    const parent = comment('Parent', [target])
    const root = comment('Racine', [parent])
    expect(findAncestors(buildThread([root]), target.id)).toEqual([root.id, parent.id])
    expect(findAncestors(buildThread([root]), 'absent')).toBeNull()
  })
})

test('uniqueComments shows a comment once even when pages overlap', () => {
  const a = comment('A')
  expect(uniqueComments([{ items: [a] }, { items: [a, comment('B')] }]).map((c) => c.authorName)).toEqual([
    'A',
    'B',
  ])
})

test('countComments counts replies', () => {
  expect(countComments([comment('A', [comment('B', [comment('C')])]), comment('D')])).toBe(4)
})
