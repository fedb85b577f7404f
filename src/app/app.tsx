import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { BrowserRouter } from 'react-router'
import { LiveAnnouncer } from '@/components/live-announcer'
import { PrefetchContext } from '@/components/prefetch-link'
import type { Messages } from '@/lib/i18n/fr-ca'
import { LocaleProvider } from '@/lib/i18n/locale-provider'
import { AppRoutes } from './app-routes'
import { AppCrash } from './app-crash'
import { FirstPageContext } from './first-page'
import { prefetchRoute } from './route-table'

interface AppProps {
  queryClient: QueryClient
  /** The interface's words in the reader's saved language; French when not given. */
  messages?: Messages
  /** Settles when the first page's code and data are in; the layout waits for it (see first-page.ts). */
  firstPage?: Promise<unknown> | undefined
}

export function App({ queryClient, messages, firstPage }: AppProps) {
  const prefetch = useCallback((href: string) => void prefetchRoute(queryClient, href), [queryClient])
  return (
    <LocaleProvider initialMessages={messages}>
      <ErrorBoundary FallbackComponent={AppCrash}>
        <QueryClientProvider client={queryClient}>
          <PrefetchContext value={prefetch}>
            <LiveAnnouncer>
              <FirstPageContext value={firstPage ?? null}>
                <BrowserRouter>
                  <AppRoutes />
                </BrowserRouter>
              </FirstPageContext>
            </LiveAnnouncer>
          </PrefetchContext>
        </QueryClientProvider>
      </ErrorBoundary>
    </LocaleProvider>
  )
}
