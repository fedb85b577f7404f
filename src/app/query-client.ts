import { QueryClient } from '@tanstack/react-query'
import { isApiError } from '@/lib/api-error'

const MAX_RETRIES = 2

/** Retry what may pass on a second try (5xx, network, timeout); never a 4xx or a broken contract. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && (error.isClientError || error.kind === 'malformed')) return false
  return failureCount < MAX_RETRIES
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: shouldRetry,
      },
    },
  })
}
