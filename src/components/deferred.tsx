import { Suspense, type ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { useLoadedAndIdle } from '@/lib/react/use-loaded-and-idle'

interface DeferredProps {
  /** Lazy components nobody needs on the first screen. */
  children: ReactNode
  /** False: never render them (e.g. a feature this browser or build does not have). */
  isWanted?: boolean
}

/**
 * Renders its children once the page has loaded and the browser is idle, so their code stays out of
 * the first load. Code that cannot load (offline after a new deployment) only means they are missing
 * on this visit: it never takes the page down.
 */
export function Deferred({ children, isWanted = true }: DeferredProps) {
  const isReady = useLoadedAndIdle(isWanted)
  if (!isReady) return null
  return (
    <ErrorBoundary fallback={null}>
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  )
}
