import type { ErrorInfo } from 'react'
import { isApiError } from '@/lib/api-error'

/** A page's or a section's code that could not be fetched (offline, or a new version deployed). */
export function isCodeLoadError(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(
      error.message,
    )
  )
}

/**
 * Errors an error boundary caught. A failed request, or code that could not be fetched, is an expected
 * state the reader already sees explained on screen; anything else is a bug worth the console.
 */
export function reportCaughtError(error: unknown, errorInfo: ErrorInfo) {
  if (isApiError(error) || isCodeLoadError(error)) return
  console.error(error, errorInfo.componentStack)
}

/**
 * Errors React recovered from by rendering again (error 520 in a production build). React's default
 * reports only its wrapper; the cause is the error that was thrown, and the one worth the console.
 */
export function reportRecoverableError(error: unknown, errorInfo: ErrorInfo) {
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error
  console.error('React recovered from an error while rendering:', cause, errorInfo.componentStack)
}
