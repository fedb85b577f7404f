/**
 * The cached thread as the page shows it, after a comment is created, edited, deleted or arrives
 * live: each comment once, in its place in every cached order, and the count right.
 */
import { InfiniteQueryObserver, QueryClient, type InfiniteData } from '@tanstack/react-query'
import { describe, expect, test, vi } from 'vitest'
import type { Comment, CommentPage } from '@/lib/api-schemas'
import { commentQueries } from './comment-queries'
import type { CommentSort } from './comments-api'
import {
  containsCommentIn,
  findCachedComment,
  insertComment,
  removeComment,
  replaceComment,
  revealComments,
} from './thread-cache'

const slug = 'un-article'

function comment(id: string, overrides: Partial<Comment> = {}): Comment {
  return {
    id,
    parentId: null,
    authorName: `Auteur ${id}`,
    body: `Texte ${id}`,
    createdAt: '2026-03-08T12:00:00.000Z',
    replies: [],
    status: 'published',
    likeCount: 0,
    featured: false,
    authorBadge: null,
    ...overrides,
  }
}

type Pages = { items: Comment[]; nextCursor?: string | null }[]

function thread(pages: Pages, total = 10): InfiniteData<CommentPage> {
  return {
    pages: pages.map(({ items, nextCursor = null }) => ({ items, nextCursor, total })),
    pageParams: pages.map((_page, index) => (index === 0 ? null : `p${index}`)),
  }
}

const keyOf = (sort: CommentSort) => commentQueries.thread(slug, sort).queryKey

function cacheWith(threads: Partial<Record<CommentSort, InfiniteData<CommentPage>>>) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  for (const [sort, data] of Object.entries(threads))
    queryClient.setQueryData(keyOf(sort as CommentSort), data)
  return queryClient
}

/** Each page's comment ids (replies in brackets) and count. */
function shape(queryClient: QueryClient, sort: CommentSort) {
  const describe = (items: Comment[]): string[] =>
    items.map((item) =>
      item.replies.length > 0 ? `${item.id}[${describe(item.replies).join(' ')}]` : item.id,
    )
  return queryClient
    .getQueryData(keyOf(sort))
    ?.pages.map((page) => ({ items: describe(page.items).join(' '), total: page.total }))
}

describe('a new comment in the cached thread', () => {
  test('goes first in newest first, last in oldest first, and counts on every page', () => {
    const pages = [{ items: [comment('a'), comment('b')], nextCursor: 'p1' }, { items: [comment('c')] }]
    const queryClient = cacheWith({ oldest: thread(pages), newest: thread(pages) })
    insertComment(queryClient, slug, comment('new'))
    expect(shape(queryClient, 'oldest')).toEqual([
      { items: 'a b', total: 11 },
      { items: 'c new', total: 11 },
    ])
    expect(shape(queryClient, 'newest')).toEqual([
      { items: 'new a b', total: 11 },
      { items: 'c', total: 11 },
    ])
  })

  test('a reply goes under its parent, however deep, and last among its replies', () => {
    const pages = [
      { items: [comment('a', { replies: [comment('a1', { parentId: 'a' })] })] },
      { items: [comment('b', { replies: [comment('b1', { parentId: 'b', replies: [] })] })] },
    ]
    const queryClient = cacheWith({ oldest: thread(pages), newest: thread(pages) })
    insertComment(queryClient, slug, comment('r1', { parentId: 'b1' }))
    insertComment(queryClient, slug, comment('r2', { parentId: 'a' }))
    for (const sort of ['oldest', 'newest'] as const) {
      expect(shape(queryClient, sort)).toEqual([
        { items: 'a[a1 r2]', total: 12 },
        { items: 'b[b1[r1]]', total: 12 },
      ])
    }
  })

  test('is never there twice, nor counted twice', () => {
    const queryClient = cacheWith({
      oldest: thread([{ items: [comment('a', { replies: [comment('a1', { parentId: 'a' })] })] }]),
    })
    const before = queryClient.getQueryData(keyOf('oldest'))
    insertComment(queryClient, slug, comment('a'))
    insertComment(queryClient, slug, comment('a1', { parentId: 'a' }))
    expect(queryClient.getQueryData(keyOf('oldest'))).toBe(before)
  })

  test('creates no thread that was not loaded', () => {
    const queryClient = cacheWith({ oldest: thread([{ items: [comment('a')] }]) })
    insertComment(queryClient, slug, comment('new'))
    expect(queryClient.getQueryData(keyOf('newest'))).toBeUndefined()
    expect(queryClient.getQueryState(keyOf('newest'))).toBeUndefined()
    expect(shape(queryClient, 'oldest')).toEqual([{ items: 'a new', total: 11 }])
  })

  test('a thread with pages still to load that already counts it (approved before it loaded)', () => {
    const queryClient = cacheWith({
      oldest: thread([{ items: [comment('a')], nextCursor: 'p1' }]),
      newest: thread([{ items: [comment('b')] }]),
    })
    insertComment(queryClient, slug, comment('new'), { isCountedWhereNotLoaded: true })
    // Oldest first: shown after the pages loaded, and already in the count of those still to load.
    expect(shape(queryClient, 'oldest')).toEqual([{ items: 'a new', total: 10 }])
    // Every page loaded and the comment not in them: the thread predates the approval.
    expect(shape(queryClient, 'newest')).toEqual([{ items: 'new b', total: 11 }])
  })

  test('a thread still loading is asked for again, since its answer may predate the comment', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const answers: CommentPage[] = [
      { items: [comment('a')], nextCursor: null, total: 10 },
      { items: [comment('a'), comment('new')], nextCursor: null, total: 10 },
    ]
    let release: () => void = () => {}
    const queryFn = vi.fn(async ({ signal }: { signal: AbortSignal }) => {
      const answer = answers[queryFn.mock.calls.length - 1] ?? answers[1]!
      await new Promise<void>((resolve, reject) => {
        release = resolve
        signal.addEventListener('abort', () => reject(signal.reason as Error))
      })
      return answer
    })
    // The thread on screen: a query with an observer, its first answer on its way.
    const observer = new InfiniteQueryObserver(queryClient, {
      queryKey: keyOf('oldest'),
      queryFn,
      initialPageParam: null,
      getNextPageParam: () => null,
    })
    const unsubscribe = observer.subscribe(() => {})
    await vi.waitFor(() => expect(queryFn).toHaveBeenCalledTimes(1))
    insertComment(queryClient, slug, comment('new'))
    await vi.waitFor(() => expect(queryFn).toHaveBeenCalledTimes(2))
    release()
    await vi.waitFor(() => expect(shape(queryClient, 'oldest')).toEqual([{ items: 'a new', total: 10 }]))
    unsubscribe()
  })
})

describe('an edited comment in the cached thread', () => {
  test('gets its new text, its "modifié" date and its status, in place, in every order', () => {
    const pages = [{ items: [comment('a'), comment('b', { replies: [comment('b1', { parentId: 'b' })] })] }]
    const queryClient = cacheWith({ oldest: thread(pages), newest: thread(pages) })
    replaceComment(
      queryClient,
      slug,
      comment('b1', {
        parentId: 'b',
        authorName: 'Ignoré',
        body: 'Corrigé',
        editedAt: '2026-03-08T12:05:00.000Z',
        status: 'pending',
      }),
    )
    for (const sort of ['oldest', 'newest'] as const) {
      expect(findCachedComment(queryClient, slug, 'b1')).toMatchObject({
        authorName: 'Auteur b1',
        body: 'Corrigé',
        editedAt: '2026-03-08T12:05:00.000Z',
        status: 'pending',
      })
      expect(shape(queryClient, sort)).toEqual([{ items: 'a b[b1]', total: 10 }])
    }
  })

  test('without an edit date, has none', () => {
    const queryClient = cacheWith({
      oldest: thread([{ items: [comment('a', { editedAt: '2026-03-08T12:05:00.000Z' })] }]),
    })
    const { editedAt: _dropped, ...withoutDate } = comment('a', { body: 'Revenu' })
    replaceComment(queryClient, slug, withoutDate)
    expect(findCachedComment(queryClient, slug, 'a')).toMatchObject({ body: 'Revenu', editedAt: null })
  })

  test('not in the thread: the thread is left as it was', () => {
    const queryClient = cacheWith({ oldest: thread([{ items: [comment('a')] }]) })
    const before = queryClient.getQueryData(keyOf('oldest'))
    replaceComment(queryClient, slug, comment('ailleurs', { body: 'x' }))
    removeComment(queryClient, slug, 'ailleurs')
    expect(queryClient.getQueryData(keyOf('oldest'))).toBe(before)
  })
})

describe('a deleted comment in the cached thread', () => {
  test('with replies, stays as a placeholder without name or text; without, disappears; never counts', () => {
    const pages = [
      { items: [comment('a', { replies: [comment('a1', { parentId: 'a' })] }), comment('b')] },
      { items: [comment('c', { replies: [comment('c1', { parentId: 'c' })] })] },
    ]
    const queryClient = cacheWith({ oldest: thread(pages), newest: thread(pages) })
    removeComment(queryClient, slug, 'a')
    removeComment(queryClient, slug, 'b')
    removeComment(queryClient, slug, 'c1')
    for (const sort of ['oldest', 'newest'] as const) {
      expect(shape(queryClient, sort)).toEqual([
        { items: 'a[a1]', total: 7 },
        { items: 'c', total: 7 },
      ])
    }
    expect(findCachedComment(queryClient, slug, 'a')).toMatchObject({
      deleted: true,
      authorName: '',
      body: '',
      replies: [expect.objectContaining({ id: 'a1', body: 'Texte a1' })],
    })
    expect(findCachedComment(queryClient, slug, 'c')).toMatchObject({ body: 'Texte c', replies: [] })
  })
})

describe('finding a cached comment', () => {
  test('wherever it sits, in whichever order is cached', () => {
    const deep = comment('deep', { parentId: 'a1' })
    const queryClient = cacheWith({
      newest: thread([
        { items: [comment('x')] },
        { items: [comment('a', { replies: [comment('a1', { parentId: 'a', replies: [deep] })] })] },
      ]),
    })
    expect(findCachedComment(queryClient, slug, 'deep')).toEqual(deep)
    expect(findCachedComment(queryClient, slug, 'x')?.id).toBe('x')
    expect(findCachedComment(queryClient, slug, 'nowhere')).toBeUndefined()
    expect(findCachedComment(queryClient, 'autre', 'x')).toBeUndefined()
    expect(containsCommentIn(queryClient.getQueryData(keyOf('newest')), 'deep')).toBe(true)
    expect(containsCommentIn(queryClient.getQueryData(keyOf('newest')), 'nowhere')).toBe(false)
    expect(containsCommentIn(undefined, 'x')).toBe(false)
  })
})

describe('comments revealed live', () => {
  test('go into every order, each once, counted', () => {
    const pages = [{ items: [comment('a')] }]
    const queryClient = cacheWith({ oldest: thread(pages), newest: thread(pages) })
    revealComments(queryClient, slug, [
      comment('n1'),
      comment('n2'),
      comment('a'),
      comment('r', { parentId: 'a' }),
    ])
    expect(shape(queryClient, 'oldest')).toEqual([{ items: 'a[r] n1 n2', total: 13 }])
    expect(shape(queryClient, 'newest')).toEqual([{ items: 'n2 n1 a[r]', total: 13 }])
  })
})
