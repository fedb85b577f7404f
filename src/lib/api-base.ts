/**
 * Where the REST API lives: `VITE_API_BASE_URL` at build time, or `/api` on the app's own origin. One
 * definition for the app, its service worker routes, its CSP and the mocks, which serve the default.
 */
export const DEFAULT_API_BASE = '/api'

/** A configured base URL without trailing slashes; the default when none is configured. */
export function normaliseApiBase(configured: string | undefined): string {
  return (configured?.trim() || DEFAULT_API_BASE).replace(/\/+$/, '')
}
