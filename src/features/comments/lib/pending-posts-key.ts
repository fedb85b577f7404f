import { localStore } from '@/lib/browser/local-store'

/** Where unconfirmed posts wait between page loads. Small on purpose: the app start reads it. */
export const PENDING_POSTS_KEY = 'chronique:pending-posts'

export function hasPendingPosts(): boolean {
  return localStore.get(PENDING_POSTS_KEY) !== null
}
