/**
 * Posts that have not reached the server survive a reload: they are saved on the device as they
 * start, and resumed (with the same idempotency key, so never twice) when the app starts again.
 * Built on TanStack Query's own dehydrate/hydrate, keeping only comment posts rather than the cache.
 */
import { dehydrate, hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query'
import { localStore } from '@/lib/browser/local-store'
import { recoverInterruptedSubmissions } from '../lib/drafts'
import { isPageBeingLeft } from '../lib/page-lifecycle'
import { PENDING_POSTS_KEY } from '../lib/pending-posts-key'
import { commentMutationKeys, type CreateCommentVariables } from './create-comment'

function isCommentPost(mutationKey: readonly unknown[] | undefined): boolean {
  const [scope, action] = commentMutationKeys.all()
  return mutationKey?.[0] === scope && mutationKey[1] === action
}

function isDehydratedState(value: unknown): value is DehydratedState {
  return Array.isArray((value as DehydratedState | null)?.mutations)
}

/** Saves unconfirmed posts whenever one starts, pauses, or ends. Returns the unsubscribe function. */
export function keepPendingPosts(queryClient: QueryClient): () => void {
  return queryClient.getMutationCache().subscribe(() => {
    if (isPageBeingLeft()) return
    const state = dehydrate(queryClient, {
      shouldDehydrateQuery: () => false,
      shouldDehydrateMutation: (mutation) =>
        mutation.state.status === 'pending' && isCommentPost(mutation.options.mutationKey),
    })
    if (state.mutations.length === 0) {
      localStore.remove(PENDING_POSTS_KEY)
      return
    }
    // A post cut off by the reload is resumed like one that waited for the network.
    const mutations = state.mutations.map((mutation) => ({
      ...mutation,
      state: { ...mutation.state, isPaused: true },
    }))
    localStore.set(PENDING_POSTS_KEY, JSON.stringify({ ...state, mutations }))
  })
}

/** Puts saved posts back in the cache and sends them (now, or when the connection returns). */
export function resumePendingPosts(queryClient: QueryClient) {
  const saved = localStore.getJson(PENDING_POSTS_KEY, isDehydratedState)
  const mutations = saved?.mutations.filter((mutation) => isCommentPost(mutation.mutationKey)) ?? []
  recoverInterruptedSubmissions(
    new Set(mutations.map((mutation) => (mutation.state.variables as CreateCommentVariables).idempotencyKey)),
  )
  if (mutations.length === 0) return
  hydrate(queryClient, { mutations, queries: [] })
  void queryClient.resumePausedMutations()
}
