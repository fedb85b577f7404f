import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { adoptEarlyRequests } from '@/app/adopt-early-requests'
import { App } from '@/app/app'
import { createQueryClient, syncOnlineStatus } from '@/app/query-client'
import { reportCaughtError, reportRecoverableError } from '@/app/report-error'
import { prefetchRoute } from '@/app/route-table'
import { adoptServerData } from '@/app/server-data'
import { resumeInterruptedPosts } from '@/routes/article/article-route'
import { prepareDateFormatting } from '@/lib/i18n/format'
import { loadMessages, readSavedLocale } from '@/lib/i18n/locale'
import '@/styles/global.css'
// After global.css: the server page's styles refine its shared classes (.kicker, .meta-row), as the app's modules do.
import { handOffServerPage } from '@/features/server-page/hand-off'

/**
 * In development and in the QA build the REST API is mocked (in the browser, or by the server where
 * service workers cannot run) and the QA tools are on the page. None of it exists in the production build.
 */
async function startMockApi() {
  if (!__MOCKED_API__) return
  const { startDevelopmentTools } = await import('../mocks/qa-panel/start')
  await startDevelopmentTools()
}

const rootElement = document.getElementById('root')
if (!rootElement) throw new Error('index.html has no #root element')
// The page the server wrote (WordPress) stays on screen until the app's first page shows the same.
// Only a build for a server that writes pages has it (its code is left out of the static build).
if (__SERVER_DATA__) handOffServerPage(rootElement)

// The saved language's words come first (English is a separate chunk): no flash of French for a reader
// who chose English. Should the chunk fail to load, the French interface is better than none.
const messagesReady = loadMessages(readSavedLocale()).catch(() => loadMessages('fr-CA'))

void Promise.all([messagesReady, startMockApi()]).then(([messages]) => {
  syncOnlineStatus()
  const queryClient = createQueryClient()
  // The answers the server wrote into the page (the WordPress plugin does) are in the cache before
  // anything asks: the first page's prefetch below then finds them and fetches only the rest.
  if (__SERVER_DATA__) adoptServerData(queryClient)
  // The requests the static build's index.html started before this code ran (early-requests.ts): the
  // prefetch below takes their answers from the API client instead of asking again.
  adoptEarlyRequests()
  // The first page's code and data start now, not after the first render (the layout does it for
  // later navigations; a second call finds them already on their way).
  const firstPage = prefetchRoute(queryClient, `${window.location.pathname}${window.location.search}`, {
    isFirstPage: true,
  })
  void resumeInterruptedPosts(queryClient)
  prepareDateFormatting(messages.locale)
  createRoot(rootElement, {
    onCaughtError: reportCaughtError,
    onRecoverableError: reportRecoverableError,
  }).render(
    <StrictMode>
      <App queryClient={queryClient} messages={messages} firstPage={firstPage} />
    </StrictMode>,
  )
})
