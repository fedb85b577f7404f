import { onlineManager, QueryClient, type DefaultOptions } from '@tanstack/react-query'
import { isApiError } from '@/lib/api-error'

const MAX_RETRIES = 2

/**
 * Retry what may pass on a second try (5xx, network); never a 4xx or a broken contract, never a
 * timeout (the reader has already waited 10 s and deserves an answer, with "Réessayer" to ask again),
 * and never while offline.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && (error.isClientError || error.kind === 'malformed' || error.kind === 'timeout')) {
    return false
  }
  // Offline, a retry would only wait for the connection behind a skeleton: say so now instead, with
  // "Réessayer" (the offline notice says the rest). What the service worker kept was already served.
  if (isApiError(error) && error.kind === 'network' && !onlineManager.isOnline()) return false
  return failureCount < MAX_RETRIES
}

/**
 * Queries are 'offlineFirst': the first request goes out even offline, since the production service
 * worker may answer it from the articles already read; only retries wait for the connection. Comment
 * posts keep the default 'online' mode: offline, they wait ("En attente de connexion").
 */
export function createQueryClient(overrides: DefaultOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      ...overrides,
      queries: { staleTime: 60_000, retry: shouldRetry, networkMode: 'offlineFirst', ...overrides.queries },
    },
  })
}

/**
 * TanStack Query believes it is online until the browser's `offline` event, which a page opened
 * offline never gets: start from what the browser knows.
 */
export function syncOnlineStatus() {
  onlineManager.setOnline(navigator.onLine)
}
