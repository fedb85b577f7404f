import { useMemo } from 'react'
import { usePendingPosts, type PostState } from '../api/create-comment'

/**
 * The thread's posts still on their way to the server: comments on the article, shown at the end
 * the sort puts new ones, and replies, shown under the comment they answer.
 */
export function useGroupPendingPosts(slug: string) {
  const pendingPosts = usePendingPosts(slug)
  const topLevel = pendingPosts.filter((post) => post.variables.parentId === null)
  const repliesByParent = useMemo(() => groupByParent(pendingPosts), [pendingPosts])
  return { topLevel, repliesByParent }
}

function groupByParent(posts: PostState[]): ReadonlyMap<string, PostState[]> {
  const groups = new Map<string, PostState[]>()
  for (const post of posts) {
    const parentId = post.variables.parentId
    if (parentId === null) continue
    groups.set(parentId, [...(groups.get(parentId) ?? []), post])
  }
  return groups
}
