/**
 * Comment posts that have not reached the server, kept on the device and resumed by the next page
 * with the same idempotency key; nothing else of the cache is kept.
 */
import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { markSubmitted, readDraft } from '../lib/drafts'
import { PENDING_POSTS_KEY } from '../lib/pending-posts-key'
import { commentMutationKeys, type CreateCommentVariables } from './create-comment'
import { keepPendingPosts, resumePendingPosts } from './pending-posts'

const slug = 'un-article'

const post = (idempotencyKey: string, parentId: string | null = null): CreateCommentVariables => ({
  slug,
  parentId,
  authorName: 'Nadia',
  body: `Texte ${idempotencyKey}`,
  idempotencyKey,
})

/** A post the server has not answered yet, and its answer. */
function postOnItsWay(queryClient: QueryClient, variables: CreateCommentVariables, key: readonly unknown[]) {
  let answer: () => void = () => {}
  const sent = queryClient
    .getMutationCache()
    .build(queryClient, {
      mutationKey: key,
      mutationFn: () =>
        new Promise<void>((resolve) => {
          answer = resolve
        }),
    })
    .execute(variables)
  return {
    answer: async () => {
      answer()
      await sent
    },
  }
}

function saved() {
  const raw = localStorage.getItem(PENDING_POSTS_KEY)
  return raw === null
    ? null
    : (JSON.parse(raw) as {
        mutations: {
          mutationKey: unknown
          state: { variables: CreateCommentVariables; isPaused: boolean; status: string }
        }[]
      })
}

afterEach(() => {
  window.dispatchEvent(new Event('pageshow'))
})

describe('keeping pending posts', () => {
  test('a comment post on its way is kept, as paused, until the server answers; nothing else is', async () => {
    const queryClient = new QueryClient()
    const stop = keepPendingPosts(queryClient)
    const other = postOnItsWay(queryClient, post('other'), ['ratings', 'create'])
    await vi.waitFor(() => expect(queryClient.isMutating()).toBe(1))
    expect(saved()).toBeNull()
    const comment = postOnItsWay(queryClient, post('k1'), commentMutationKeys.create(slug))
    await vi.waitFor(() => expect(saved()?.mutations).toHaveLength(1))
    expect(saved()?.mutations[0]).toMatchObject({
      mutationKey: ['comments', 'create', slug],
      state: { variables: post('k1'), isPaused: true, status: 'pending' },
    })
    await comment.answer()
    await vi.waitFor(() => expect(saved()).toBeNull())
    await other.answer()
    stop()
  })

  test('while the page is going away, the saved posts stay as they are', async () => {
    const queryClient = new QueryClient()
    const stop = keepPendingPosts(queryClient)
    const comment = postOnItsWay(queryClient, post('k1'), commentMutationKeys.create(slug))
    await vi.waitFor(() => expect(saved()?.mutations).toHaveLength(1))
    window.dispatchEvent(new Event('pagehide'))
    await comment.answer()
    expect(saved()?.mutations).toHaveLength(1)
    stop()
  })
})

describe('resuming pending posts', () => {
  test('sends the saved comment posts again, with their keys; a send no post will finish goes back to its box', async () => {
    const first = new QueryClient()
    const stop = keepPendingPosts(first)
    postOnItsWay(first, post('k1'), commentMutationKeys.create(slug))
    postOnItsWay(first, post('k2', 'c1'), commentMutationKeys.create(slug))
    await vi.waitFor(() => expect(saved()?.mutations).toHaveLength(2))
    stop()
    markSubmitted(slug, null, { idempotencyKey: 'k1', body: 'Texte k1' })
    markSubmitted(slug, 'c9', { idempotencyKey: 'lost', body: 'Perdu' })

    const next = new QueryClient()
    const mutationFn = vi.fn((variables: CreateCommentVariables) => Promise.resolve(variables.idempotencyKey))
    next.setMutationDefaults(commentMutationKeys.all(), { mutationFn })
    resumePendingPosts(next)
    await vi.waitFor(() => expect(mutationFn).toHaveBeenCalledTimes(2))
    expect(mutationFn.mock.calls.map(([variables]) => variables)).toEqual([post('k1'), post('k2', 'c1')])
    expect(readDraft(slug, null).pending).toEqual({ idempotencyKey: 'k1', body: 'Texte k1' })
    expect(readDraft(slug, 'c9')).toEqual({
      body: 'Perdu',
      pending: null,
      failed: { idempotencyKey: 'lost', body: 'Perdu' },
    })
  })

  test('only comment posts are resumed, and nothing when nothing readable is saved', () => {
    localStorage.setItem(
      PENDING_POSTS_KEY,
      JSON.stringify({
        mutations: [
          { mutationKey: ['ratings', 'create'], state: { variables: post('r'), status: 'pending' } },
          { mutationKey: ['comments', 'edit'], state: { variables: post('e'), status: 'pending' } },
        ],
        queries: [],
      }),
    )
    const queryClient = new QueryClient()
    resumePendingPosts(queryClient)
    expect(queryClient.getMutationCache().getAll()).toHaveLength(0)
    for (const raw of ['{"mutations":"non"}', '[]', 'null', '{']) {
      localStorage.setItem(PENDING_POSTS_KEY, raw)
      resumePendingPosts(queryClient)
    }
    expect(queryClient.getMutationCache().getAll()).toHaveLength(0)
  })
})
