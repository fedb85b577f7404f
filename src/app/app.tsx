import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { BrowserRouter } from 'react-router'
import { LiveAnnouncer } from '@/components/live-announcer'
import { PrefetchContext } from '@/components/prefetch-link'
import { AppRoutes } from './app-routes'
import { AppCrash } from './app-crash'
import { prefetchRoute } from './route-table'

interface AppProps {
  queryClient: QueryClient
}

export function App({ queryClient }: AppProps) {
  const prefetch = useCallback((href: string) => prefetchRoute(queryClient, href), [queryClient])
  return (
    <ErrorBoundary FallbackComponent={AppCrash}>
      <QueryClientProvider client={queryClient}>
        <PrefetchContext value={prefetch}>
          <LiveAnnouncer>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </LiveAnnouncer>
        </PrefetchContext>
      </QueryClientProvider>
    </ErrorBoundary>
  )
}
