import { onlineManager, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'

/**
 * TanStack Query assumes it is online when the app starts, and only learns otherwise from the
 * browser's `offline` event, which a page opened offline never gets. Once the service worker has
 * served such a page, and its first data (from the cache) has arrived, the app is told the truth:
 * the offline notice shows, comment posts wait for the connection, and later pages wait too.
 * Telling it earlier would pause the very requests the cache can answer.
 */
export function useOfflineStart(isReady: boolean) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!isReady) return
    const tellOnceSettled = () => {
      if (queryClient.isFetching() > 0) return false
      if (!navigator.onLine && onlineManager.isOnline()) onlineManager.setOnline(false)
      return true
    }
    if (tellOnceSettled()) return
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (tellOnceSettled()) unsubscribe()
    })
    return unsubscribe
  }, [isReady, queryClient])
}
