import type { Comment } from '@/lib/api-schemas'

/** Replies nest visually down to this depth; deeper ones line up at it, saying whom they answer. */
export const MAX_VISUAL_DEPTH = 3

/** A comment as the thread shows it: its place, and whom it answers when that is not its visual parent. */
export interface ThreadNode {
  comment: Comment
  /** 0 for top-level comments. */
  depth: number
  /** Set for replies flattened at the deepest level: the name of the comment they answer. */
  inReplyTo: string | null
  /** What shows under this comment when it is expanded. */
  children: ThreadNode[]
  /** Every reply below it, at any depth (what "Masquer les réponses (N)" counts). */
  descendantCount: number
}

/** Top-level comments across loaded pages, each id once (pages can overlap when comments arrive). */
export function uniqueComments(pages: { items: Comment[] }[]): Comment[] {
  const seen = new Set<string>()
  const result: Comment[] = []
  for (const page of pages) {
    for (const comment of page.items) {
      if (seen.has(comment.id)) continue
      seen.add(comment.id)
      result.push(comment)
    }
  }
  return result
}

export function countComments(comments: Comment[]): number {
  let count = 0
  const stack = [...comments]
  for (let comment = stack.pop(); comment; comment = stack.pop()) {
    count++
    stack.push(...comment.replies)
  }
  return count
}

/**
 * Lays out the reply trees: nested up to MAX_VISUAL_DEPTH, deeper replies listed in reading order at
 * that depth with "en réponse à". Iterative and cycle-safe, so a 50-level thread or a bad tree from the
 * API cannot blow the stack or loop.
 */
export function buildThread(comments: Comment[]): ThreadNode[] {
  return createThreadBuilder()(comments)
}

/**
 * `buildThread` that remembers each top-level comment's laid-out tree: a comment the cache hands back
 * unchanged (same object) keeps the same node, so memoised items skip rendering, and "Voir plus de
 * commentaires" costs the new page only, however many pages are already shown.
 */
export function createThreadBuilder(): (comments: Comment[]) => ThreadNode[] {
  const laidOut = new WeakMap<Comment, { node: ThreadNode; ids: string[] }>()
  return (comments) => {
    const visited = new Set<string>()
    const roots: ThreadNode[] = []
    for (const comment of comments) {
      if (visited.has(comment.id)) continue
      const known = laidOut.get(comment)
      if (known && !known.ids.some((id) => visited.has(id))) {
        for (const id of known.ids) visited.add(id)
        roots.push(known.node)
        continue
      }
      const ids: string[] = []
      const root = layOutRoot(comment, visited, ids)
      laidOut.set(comment, { node: root, ids })
      roots.push(root)
    }
    return roots
  }
}

function toNode(comment: Comment, depth: number, inReplyTo: string | null): ThreadNode {
  return { comment, depth, inReplyTo, children: [], descendantCount: 0 }
}

function layOutRoot(comment: Comment, visited: Set<string>, ids: string[]): ThreadNode {
  const visit = (id: string) => {
    visited.add(id)
    ids.push(id)
  }
  visit(comment.id)
  const root = toNode(comment, 0, null)
  // Depth-first, in reading order. A reply below the deepest level is listed under the depth-3
  // comment it descends from (its anchor), so collapsing that comment hides it too.
  const stack: { node: ThreadNode; shownUnder: ThreadNode }[] = []
  const pushReplies = (parent: ThreadNode, anchor: ThreadNode) => {
    for (let index = parent.comment.replies.length - 1; index >= 0; index--) {
      const reply = parent.comment.replies[index]
      if (!reply || visited.has(reply.id)) continue
      visit(reply.id)
      const isBelowMaxDepth = parent.depth >= MAX_VISUAL_DEPTH
      const node = isBelowMaxDepth
        ? toNode(reply, MAX_VISUAL_DEPTH, parent.comment.authorName)
        : toNode(reply, parent.depth + 1, null)
      stack.push({ node, shownUnder: isBelowMaxDepth ? anchor : parent })
    }
  }
  pushReplies(root, root)
  while (stack.length > 0) {
    const entry = stack.pop()
    if (!entry) break
    entry.shownUnder.children.push(entry.node)
    const anchor = entry.node.inReplyTo === null ? entry.node : entry.shownUnder
    pushReplies(entry.node, anchor)
  }
  countDescendants(root)
  return root
}

function countDescendants(root: ThreadNode) {
  // Post-order without recursion.
  const order: ThreadNode[] = []
  const stack = [root]
  for (let node = stack.pop(); node; node = stack.pop()) {
    order.push(node)
    stack.push(...node.children)
  }
  for (let index = order.length - 1; index >= 0; index--) {
    const node = order[index]
    if (!node) continue
    node.descendantCount = node.children.reduce((sum, child) => sum + 1 + child.descendantCount, 0)
  }
}

/** The ids of the shown ancestors of a comment (to expand them), or null when it is not loaded. */
export function findAncestors(roots: ThreadNode[], commentId: string): string[] | null {
  const stack: { node: ThreadNode; path: string[] }[] = roots.map((node) => ({ node, path: [] }))
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    if (entry.node.comment.id === commentId) return entry.path
    for (const child of entry.node.children)
      stack.push({ node: child, path: [...entry.path, entry.node.comment.id] })
  }
  return null
}
