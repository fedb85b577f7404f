import { adoptEarlyResponses } from '@/lib/early-responses'
import { EARLY_REQUESTS_GLOBAL, type EarlyResponses } from './early-requests'

/**
 * Hands the requests index.html's early script started (early-requests.ts; the static build has it)
 * to the API client, once: the first page's prefetch then takes their answers instead of asking again.
 */
export function adoptEarlyRequests(target: Window = window) {
  const holder = target as unknown as Record<string, EarlyResponses | undefined>
  const responses = holder[EARLY_REQUESTS_GLOBAL]
  if (!responses) return
  holder[EARLY_REQUESTS_GLOBAL] = undefined
  adoptEarlyResponses(responses)
}
