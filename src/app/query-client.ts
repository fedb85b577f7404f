import { QueryClient, type DefaultOptions } from '@tanstack/react-query'
import { articleQueries } from '@/features/articles/api/article-queries'
import { registerCommentMutations } from '@/features/comments/api/create-comment'
import { keepPendingPosts, resumePendingPosts } from '@/features/comments/api/pending-posts'
import { isApiError } from '@/lib/api-error'

const MAX_RETRIES = 2

/**
 * Retry what may pass on a second try (5xx, network); never a 4xx or a broken contract, and never a
 * timeout: the reader has already waited 10 s and deserves an answer, with "Réessayer" to ask again.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && (error.isClientError || error.kind === 'malformed' || error.kind === 'timeout')) {
    return false
  }
  return failureCount < MAX_RETRIES
}

/** The app's cache, with what every mutation must do wherever it was started from. */
export function createQueryClient(overrides: DefaultOptions = {}): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: {
      ...overrides,
      queries: { staleTime: 60_000, retry: shouldRetry, ...overrides.queries },
    },
  })
  registerCommentMutations(queryClient, {
    // Lists show each article's comment count: let them refetch when next shown.
    onCommentCreated: () =>
      void queryClient.invalidateQueries({ queryKey: articleQueries.all(), refetchType: 'none' }),
  })
  return queryClient
}

/** Sends the posts a reload interrupted, and keeps new ones safe from the next. */
export function startPendingPosts(queryClient: QueryClient): () => void {
  resumePendingPosts(queryClient)
  return keepPendingPosts(queryClient)
}
