/** Stored comments in the contract's shapes: a flat `Comment`, reply trees, and a `NewComment`. */
import type { Comment, NewComment } from '../../src/lib/api-schemas.ts'
import { dbReads } from '../store/db-state.ts'
import type { StoredComment } from '../store/stored-comment.ts'

/** A comment without its replies, as the changes feed and `GET /comments/{id}` send it. */
export function toFlatComment(comment: StoredComment): Comment {
  return {
    id: comment.id,
    parentId: comment.parentId,
    authorName: comment.authorName,
    body: comment.body,
    createdAt: comment.createdAt,
    replies: [],
    editedAt: comment.editedAt,
    // A refused comment is only ever shown to its author, as still waiting (as WordPress does).
    status: comment.status === 'published' ? 'published' : 'pending',
    likeCount: dbReads.likeCount(comment),
    featured: comment.featured,
    authorBadge: comment.authorBadge,
    ...(comment.deleted || comment.removed ? { deleted: true, authorName: '', body: '' } : {}),
  }
}

/** A comment with its whole reply tree (`repliesOf` gives each comment's replies, oldest first). */
export function toCommentTree(
  comment: StoredComment,
  repliesOf: (id: string) => readonly StoredComment[],
): Comment {
  return {
    ...toFlatComment(comment),
    replies: repliesOf(comment.id).map((reply) => toCommentTree(reply, repliesOf)),
  }
}

export function toNewComment(comment: StoredComment): NewComment {
  if (comment.editToken === null || comment.editableUntil === null) {
    throw new Error('Only comments created through the API have an edit token')
  }
  return { ...toFlatComment(comment), editToken: comment.editToken, editableUntil: comment.editableUntil }
}
