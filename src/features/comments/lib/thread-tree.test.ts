import { describe, expect, test } from 'vitest'
import type { Comment } from '@/lib/api-schemas'
import { buildThread, countComments, createThreadBuilder, findAncestors, uniqueComments } from './thread-tree'

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

describe('laying out a thread', () => {
  const names = (nodes: { comment: Comment; children: unknown[] }[]) =>
    nodes.map((node) => node.comment.authorName)

  test('keeps replies in reading order at every depth, flattened ones included', () => {
    const deep = [comment('P'), comment('Q'), comment('R')]
    const level3 = comment('N3', deep)
    const level2 = comment('N2', [level3])
    const replies = [comment('A'), comment('B', [comment('B1'), comment('B2')]), comment('C', [level2])]
    const [root] = buildThread([comment('Racine', replies)])
    expect(names(root!.children)).toEqual(['A', 'B', 'C'])
    expect(names(root!.children[1]!.children)).toEqual(['B1', 'B2'])
    const shownLevel3 = root!.children[2]!.children[0]!.children[0]!
    expect(names(shownLevel3.children)).toEqual(['P', 'Q', 'R'])
    expect(shownLevel3.children.map((node) => [node.depth, node.inReplyTo])).toEqual([
      [3, 'N3'],
      [3, 'N3'],
      [3, 'N3'],
    ])
    expect(root!.children.map((node) => [node.depth, node.inReplyTo, node.descendantCount])).toEqual([
      [1, null, 0],
      [1, null, 2],
      [1, null, 5],
    ])
    expect(root!.descendantCount).toBe(10)
    expect(findAncestors([root!], deep[1]!.id)).toEqual([
      root!.comment.id,
      replies[2]!.id,
      level2.id,
      level3.id,
    ])
  })

  test('shows each comment once, even in a tree that loops or repeats itself', () => {
    const a = comment('A')
    const b = comment('B', [a])
    a.replies.push(b)
    const [root] = buildThread([a])
    expect(names(root!.children)).toEqual(['B'])
    expect(root!.children[0]!.children).toEqual([])
    expect(root!.descendantCount).toBe(1)

    const shared = comment('Partagé')
    const [x, y] = buildThread([comment('X', [shared]), comment('Y', [shared])])
    expect(names(x!.children)).toEqual(['Partagé'])
    expect(y!.children).toEqual([])
    const repeated = comment('Deux fois')
    expect(buildThread([repeated, repeated])).toHaveLength(1)
  })

  test('a comment handed back unchanged keeps its laid-out node; a changed one is laid out again', () => {
    const build = createThreadBuilder()
    const first = comment('A', [comment('A1')])
    const second = comment('B')
    const [a1, b1] = build([first, second])
    const [a2, b2] = build([first, second])
    expect(a2).toBe(a1)
    expect(b2).toBe(b1)
    const changed = { ...second, body: 'modifié' }
    const [a3, b3] = build([first, changed])
    expect(a3).toBe(a1)
    expect(b3).not.toBe(b1)
    expect(b3!.comment.body).toBe('modifié')
  })

  test('a remembered node is not reused when one of its comments is already shown above', () => {
    const build = createThreadBuilder()
    const reply = comment('Réponse')
    const later = comment('Plus tard', [reply])
    build([later])
    // The reply now also appears earlier in the thread (a moved comment, a bad tree).
    const [earlier, laidOutAgain] = build([comment('Plus tôt', [reply]), later])
    expect(names(earlier!.children)).toEqual(['Réponse'])
    expect(laidOutAgain!.children).toEqual([])
    expect(laidOutAgain!.descendantCount).toBe(0)
  })
})
