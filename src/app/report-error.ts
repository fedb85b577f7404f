import type { ErrorInfo } from 'react'
import { isApiError } from '@/lib/api-error'

/**
 * Errors an error boundary caught. A failed request is an expected state the reader already sees
 * explained on screen; anything else is a bug worth the console.
 */
export function reportCaughtError(error: unknown, errorInfo: ErrorInfo) {
  if (isApiError(error)) return
  console.error(error, errorInfo.componentStack)
}
