import { lazy, startTransition, Suspense, use, useEffect, useState, type MouseEvent } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { Link, matchPath, Outlet, useLocation } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import { Deferred } from '@/components/deferred'
import { PageHeading } from '@/components/page-heading'
import { ListPageSkeleton } from '@/components/list-page-skeleton'
import { LoadingStatus } from '@/components/skeleton'
import { ArticleSkeleton } from '@/features/articles/components/article-skeleton'
import { ReadingPreferences } from '@/features/reading-preferences/components/reading-preferences'
import { LanguageSwitch } from '@/features/reading-preferences/components/language-switch'
import { OfflineReading } from '@/features/offline-reading/components/offline-reading'
import { useMessages } from '@/lib/i18n/use-messages'
import { paths, readArticleListSearch, routePatterns } from '@/lib/routing/paths'
import { FirstPageContext } from './first-page'
import { NavigationProgress } from './navigation-progress'
import { OfflineNotice } from './offline-notice'
import { prefetchRoute } from './route-table'
import { ScrollRestoration } from './scroll-restoration'
import styles from './root-layout.module.css'

// Only useful once the reader has scrolled: loaded when the browser is idle, not with the page.
const BackToTop = lazy(() =>
  import('@/components/back-to-top').then((module) => ({ default: module.BackToTop })),
)

const MAIN_ID = 'contenu'
const SKIP_LINK_ID = 'lien-evitement'

export function RootLayout() {
  const messages = useMessages()
  const location = useLocation()
  const queryClient = useQueryClient()
  const isFirstPageIn = useIsFirstPageIn()

  // Start the data of the page being opened at the same time as its code, whatever started the
  // navigation (a link, back/forward, a reload, a typed URL).
  useEffect(() => {
    void prefetchRoute(queryClient, `${location.pathname}${location.search}`)
  }, [queryClient, location.pathname, location.search])

  // A fragment link would become a router navigation; move focus and view ourselves instead.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    const main = document.getElementById(MAIN_ID)
    main?.focus({ preventScroll: true })
    main?.scrollIntoView()
  }

  return (
    <>
      <a id={SKIP_LINK_ID} className={styles.skipLink} href={`#${MAIN_ID}`} onClick={skipToContent}>
        {messages.app.skipLink}
      </a>
      <NavigationProgress />
      <OfflineNotice />
      <OfflineReading />
      <header className={styles.header}>
        <div className={styles.headerInner}>
          <Link to={paths.home()} className={styles.brand}>
            <svg className={styles.brandMark} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <circle cx="16" cy="16" r="16" />
              <path d="M21.6 11.2A7 7 0 1 0 21.6 20.8" />
            </svg>
            {messages.app.name}
            <span className="visually-hidden">{messages.app.homeSuffix}</span>
          </Link>
          {/* One row on every screen: on a phone the two tools are icons, their names for screen readers. */}
          <div className={styles.tools}>
            <ReadingPreferences />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className={styles.main}>
        {/* Keyed by path: a new page shows its skeleton at once, while a new ?page= of the same page
            keeps the current results on screen until the next ones arrive. A page whose code cannot
            load (offline, or a new version deployed meanwhile) says so here, under the header. */}
        <ErrorBoundary key={location.pathname} FallbackComponent={PageCodeError}>
          {isFirstPageIn ? (
            <Suspense fallback={<PageSkeleton />}>
              <Outlet />
            </Suspense>
          ) : (
            <PageSkeleton />
          )}
        </ErrorBoundary>
      </main>
      <footer className={styles.footer}>
        <p>{messages.app.footer}</p>
      </footer>
      <Deferred>
        <BackToTop focusTargetId={SKIP_LINK_ID} />
      </Deferred>
      <ScrollRestoration />
    </>
  )
}

/** False until the first page's code and data are in (see first-page.ts). */
function useIsFirstPageIn(): boolean {
  const firstPage = use(FirstPageContext)
  const [isIn, setIsIn] = useState(firstPage === null)
  useEffect(() => {
    if (firstPage === null) return
    let isMounted = true
    // A transition: React renders the page in slices of a few milliseconds, yielding between them,
    // instead of one long task a phone's reader could not interrupt.
    void firstPage.then(() => isMounted && startTransition(() => setIsIn(true)))
    return () => {
      isMounted = false
    }
  }, [firstPage])
  return isIn
}

function PageCodeError() {
  const messages = useMessages()
  return (
    <div className={styles.pageError} role="alert">
      <PageHeading documentTitle={messages.errors.title}>{messages.errors.title}</PageHeading>
      <p>{messages.errors.pageCode}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {messages.errors.reload}
        </button>
      </p>
    </div>
  )
}

/** The page's own skeleton, where the page will be: no jump, sideways or down, when it arrives. */
function PageSkeleton() {
  const { pathname, search } = useLocation()
  if (matchPath(routePatterns.article, pathname)) return <ArticleSkeleton />
  return (
    <>
      <LoadingStatus />
      <ListPageSkeleton
        hasLead={
          matchPath(routePatterns.home, pathname) !== null &&
          !readArticleListSearch(new URLSearchParams(search)).q
        }
      />
    </>
  )
}
