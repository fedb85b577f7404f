/**
 * Changes to the cached thread (every cached order of it) when a comment is created, edited, deleted
 * or liked, here or by others: the thread stays right without refetching its pages.
 */
import type { InfiniteData, QueryClient } from '@tanstack/react-query'
import type { Comment, CommentPage } from '@/lib/api-schemas'
import { commentQueries } from './comment-queries'
import type { CommentSort } from './comments-api'

const SORTS = ['oldest', 'newest', 'popular'] as const satisfies CommentSort[]

type ThreadData = InfiniteData<CommentPage>

function updateThreads(
  queryClient: QueryClient,
  slug: string,
  update: (data: ThreadData, sort: CommentSort) => ThreadData,
) {
  for (const sort of SORTS) {
    const { queryKey } = commentQueries.thread(slug, sort)
    queryClient.setQueryData(queryKey, (data) => (data ? update(data, sort) : data))
  }
}

interface InsertOptions {
  /**
   * Whether a thread with pages still to load counts the comment already. A held comment found
   * published by asking for it alone may sit on such a page of a thread loaded since its approval;
   * a thread with every page loaded and without it is older than the approval, and counts it now.
   */
  isCountedWhereNotLoaded?: boolean
}

/**
 * Puts the server's comment into every cached order of the thread, once, and counts it. A thread
 * still loading (its answer may predate the comment) is fetched again instead.
 */
export function insertComment(
  queryClient: QueryClient,
  slug: string,
  comment: Comment,
  { isCountedWhereNotLoaded = false }: InsertOptions = {},
) {
  for (const sort of SORTS) {
    const { queryKey } = commentQueries.thread(slug, sort)
    const state = queryClient.getQueryState(queryKey)
    if (!state) continue
    if (state.data === undefined || state.fetchStatus !== 'idle') {
      // Its answer in flight may predate the comment: drop it and ask again. (A refetch alone would
      // join a first load in flight rather than replace it.)
      void queryClient
        .cancelQueries({ queryKey, exact: true })
        .then(() => queryClient.refetchQueries({ queryKey, exact: true, type: 'all' }))
      continue
    }
    queryClient.setQueryData(queryKey, (data) => {
      if (!data) return data
      const isCounted = isCountedWhereNotLoaded && data.pages.at(-1)?.nextCursor != null
      return insertIntoPages(data, comment, sort, isCounted ? 0 : 1)
    })
  }
}

function insertIntoPages<TPageParam>(
  data: InfiniteData<CommentPage, TPageParam>,
  comment: Comment,
  sort: CommentSort,
  countDelta = 1,
) {
  const alreadyThere = data.pages.some((page) => containsComment(page.items, comment.id))
  if (alreadyThere) return data
  const lastIndex = data.pages.length - 1
  const pages = data.pages.map((page, index) => {
    let items = page.items
    if (comment.parentId === null) {
      if (sort === 'newest' && index === 0) items = [comment, ...items]
      // Most liked first, ties oldest first: a new comment (no like yet) comes last, as oldest first.
      if (sort !== 'newest' && index === lastIndex) items = [...items, comment]
    } else {
      items = addReply(items, comment)
    }
    return { ...page, items, total: page.total + countDelta }
  })
  return { ...data, pages }
}

function containsComment(comments: Comment[], id: string): boolean {
  return comments.some((comment) => comment.id === id || containsComment(comment.replies, id))
}

/** The same tree with `reply` added under its parent; the same array when the parent is not in it. */
function addReply(comments: Comment[], reply: Comment): Comment[] {
  for (const [index, comment] of comments.entries()) {
    const replies =
      comment.id === reply.parentId ? [...comment.replies, reply] : addReply(comment.replies, reply)
    if (replies !== comment.replies) return comments.with(index, { ...comment, replies })
  }
  return comments
}

export function containsCommentIn(data: { pages: CommentPage[] } | undefined, id: string): boolean {
  return data?.pages.some((page) => containsComment(page.items, id)) ?? false
}

/** The same tree with one comment changed; the same array when it is not in it. */
function mapComment(
  comments: Comment[],
  id: string,
  change: (comment: Comment) => Comment | null,
): Comment[] {
  for (const [index, comment] of comments.entries()) {
    if (comment.id === id) {
      const changed = change(comment)
      return changed ? comments.with(index, changed) : comments.toSpliced(index, 1)
    }
    const replies = mapComment(comment.replies, id, change)
    if (replies !== comment.replies) return comments.with(index, { ...comment, replies })
  }
  return comments
}

function mapPages(
  data: ThreadData,
  id: string,
  change: (comment: Comment) => Comment | null,
  totalDelta = 0,
) {
  if (!containsCommentIn(data, id)) return data
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: mapComment(page.items, id, change),
      total: page.total + totalDelta,
    })),
  }
}

/**
 * The server's latest word on a comment (an edit, the change feed), in place: its text and "modifié",
 * its likes, whether the editors picked it. Also its status: a server that moderates every comment
 * holds an edited one again (WordPress does), and its author sees it marked until it is approved.
 */
export function replaceComment(queryClient: QueryClient, slug: string, edited: Comment) {
  const { body, status, likeCount, featured } = edited
  updateThreads(queryClient, slug, (data) =>
    mapPages(data, edited.id, (comment) => ({
      ...comment,
      ...{ body, status, likeCount, featured },
      editedAt: edited.editedAt ?? null,
    })),
  )
}

/** A like counted (or taken back, or rolled back): the count, in place; nothing moves. */
export function setLikeCount(queryClient: QueryClient, slug: string, id: string, likeCount: number) {
  updateThreads(queryClient, slug, (data) => mapPages(data, id, (comment) => ({ ...comment, likeCount })))
}

/**
 * A deletion: a comment with replies stays as "Commentaire supprimé" so the conversation keeps its
 * shape; one without disappears. Either way it no longer counts.
 */
export function removeComment(queryClient: QueryClient, slug: string, id: string) {
  updateThreads(queryClient, slug, (data) =>
    mapPages(
      data,
      id,
      (comment) =>
        comment.replies.length > 0 ? { ...comment, deleted: true, authorName: '', body: '' } : null,
      -1,
    ),
  )
}

/** A cached comment, wherever it sits in the thread. */
export function findCachedComment(queryClient: QueryClient, slug: string, id: string): Comment | undefined {
  for (const sort of SORTS) {
    const data = queryClient.getQueryData(commentQueries.thread(slug, sort).queryKey)
    for (const page of data?.pages ?? []) {
      const found = findIn(page.items, id)
      if (found) return found
    }
  }
  return undefined
}

function findIn(comments: Comment[], id: string): Comment | undefined {
  const stack = [...comments]
  for (let comment = stack.pop(); comment; comment = stack.pop()) {
    if (comment.id === id) return comment
    stack.push(...comment.replies)
  }
  return undefined
}

/** Puts comments that arrived live into the thread (each once, counted). */
export function revealComments(queryClient: QueryClient, slug: string, comments: Comment[]) {
  for (const comment of comments) {
    updateThreads(queryClient, slug, (data, sort) => insertIntoPages(data, comment, sort))
  }
}
