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
