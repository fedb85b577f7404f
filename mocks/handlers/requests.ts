/** Reading the API's requests as the contract defines them: paths under the base, bodies, parameters. */
import { DEFAULT_API_BASE } from '../../src/lib/api-base.ts'

/**
 * Mocks serve the default base URL on any origin (the dev server, jsdom's, a LAN address). The paths
 * are specific enough that no source module of the dev server (`/src/…/api/…`) can match them.
 */
export const apiPath = (path: string) => `*${DEFAULT_API_BASE}${path}`

/** Length as the contract counts it: characters (Unicode code points, as servers count) after trimming. */
export const trimmedLength = (text: string) => Array.from(text.trim()).length

export async function readJsonBody(request: Request): Promise<Record<string, unknown> | null> {
  try {
    const body: unknown = await request.json()
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

/** An integer query parameter: `fallback` when absent, `null` when it is not a whole number. */
export function integerParam(url: URL, name: string, fallback: number): number | null {
  const raw = url.searchParams.get(name)
  if (raw === null) return fallback
  const value = Number(raw)
  return /^\d+$/.test(raw) && Number.isSafeInteger(value) ? value : null
}
