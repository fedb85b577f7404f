/**
 * The production Content-Security-Policy, sent as an HTTP header (never a <meta>, which cannot carry
 * frame-ancestors). One definition for `vite preview`, the e2e tests and the sample server configs.
 *
 * - Scripts and styles come only from the app's own origin: no inline script, no eval.
 * - The API may live on another origin (VITE_API_BASE_URL): it is allowed for fetch, and for images,
 *   since covers and avatars come from the API's side. Extra image hosts (a CDN) go in
 *   CHRONIQUE_IMAGE_ORIGINS, space-separated.
 * - Trusted Types: no DOM sink may take a string. Three policies may exist: DOMPurify's (the fallback
 *   sanitiser in browsers without the HTML Sanitizer API), `chronique-sw`, which vouches for the
 *   service worker's URL only (src/features/offline-reading/lib/register-service-worker.ts), and
 *   `chronique-json-ld`, for the JSON-LD block the app serialises itself
 *   (src/lib/metadata/apply-document-metadata.ts).
 * - The service worker and the web app manifest come from the app's origin only (worker-src,
 *   manifest-src). The worker runs under this same policy.
 */
import { normaliseApiBase } from '../src/lib/api-base.ts'

export interface CspOptions {
  /** The API's base URL as built into the app (e.g. `/api` or `https://api.example.com/v1`). */
  apiBaseUrl?: string | undefined
  imageOrigins?: string[]
}

export function contentSecurityPolicy({ apiBaseUrl, imageOrigins = [] }: CspOptions = {}): string {
  const base = normaliseApiBase(apiBaseUrl)
  const apiOrigin = /^https?:\/\//.test(base) ? new URL(base).origin : null
  const connect = ["'self'", ...(apiOrigin ? [apiOrigin] : [])]
  const images = ["'self'", 'data:', ...(apiOrigin ? [apiOrigin] : []), ...imageOrigins]
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src ${images.join(' ')}`,
    `connect-src ${connect.join(' ')}`,
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "require-trusted-types-for 'script'",
    'trusted-types dompurify chronique-sw chronique-json-ld',
  ].join('; ')
}

/** Headers that go with it on every response of the app. */
export function securityHeaders(options: CspOptions = {}): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  }
}
