/** Stored comments in the contract's shapes: a flat `Comment`, reply trees, and a `NewComment`. */
import type { Comment, NewComment } from '../../src/lib/api-schemas.ts'
import type { StoredComment } from '../store/stored-comment.ts'

/** A comment without its replies, as the changes feed sends it. */
export function toFlatComment(comment: StoredComment): Comment {
  return {
    id: comment.id,
    parentId: comment.parentId,
    authorName: comment.authorName,
    body: comment.body,
    createdAt: comment.createdAt,
    replies: [],
    editedAt: comment.editedAt,
    status: 'published',
    likeCount: 0,
    featured: false,
    authorBadge: null,
    ...(comment.deleted || comment.removed ? { deleted: true, authorName: '', body: '' } : {}),
  }
}

/** Builds each top-level comment's whole reply tree (replies oldest first). */
export function buildCommentTrees(comments: StoredComment[]): Map<string, Comment> {
  const nodes = new Map<string, Comment>()
  for (const comment of comments) nodes.set(comment.id, toFlatComment(comment))
  const byAge = [...comments].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  )
  for (const comment of byAge) {
    if (comment.parentId === null) continue
    const node = nodes.get(comment.id)
    const parent = nodes.get(comment.parentId)
    if (node && parent) parent.replies.push(node)
  }
  return nodes
}

export function toNewComment(comment: StoredComment): NewComment {
  if (comment.editToken === null || comment.editableUntil === null) {
    throw new Error('Only comments created through the API have an edit token')
  }
  return { ...toFlatComment(comment), editToken: comment.editToken, editableUntil: comment.editableUntil }
}
