import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { Suspense, type ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { ErrorMessage } from './error-message'

interface QueryBoundaryProps {
  children: ReactNode
  /** What the region shows while its data loads (a skeleton of the same size). */
  fallback: ReactNode
  /** Replaces the default error message, e.g. to turn a 404 into a "not found" page. */
  renderError?: (error: unknown, retry: () => void) => ReactNode
  errorTitle?: string
  /** Values that, when they change, clear a shown error (e.g. the slug of the page). */
  resetKeys?: unknown[]
}

/**
 * One region that loads and fails on its own: a failure here never blanks the rest of the page, and
 * its "Réessayer" resets React Query's error state so the query really runs again.
 */
export function QueryBoundary({
  children,
  fallback,
  renderError,
  errorTitle,
  resetKeys,
}: QueryBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          {...(resetKeys ? { resetKeys } : {})}
          fallbackRender={({ error, resetErrorBoundary }) =>
            renderError ? (
              renderError(error, resetErrorBoundary)
            ) : (
              <ErrorMessage
                error={error}
                onRetry={resetErrorBoundary}
                {...(errorTitle ? { title: errorTitle } : {})}
              />
            )
          }
        >
          <Suspense fallback={fallback}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}
