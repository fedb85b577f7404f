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

/** Notes in `fields` what is wrong with a required text of 1 to `max` characters after trimming. */
export function validateText(
  fields: Record<string, string>,
  name: string,
  value: unknown,
  max: number,
  label: string,
) {
  if (typeof value !== 'string' || trimmedLength(value) === 0) fields[name] = `${label} est obligatoire.`
  else if (trimmedLength(value) > max) fields[name] = `${label} ne peut dépasser ${max} caractères.`
}

const MAX_READER_KEY_LENGTH = 200

/** The v1.2 reader key: a header, trimmed; null when absent, blank or too long to be one. */
export function readerKeyOf(request: Request): string | null {
  const key = request.headers.get('Reader-Key')?.trim() ?? ''
  return key === '' || key.length > MAX_READER_KEY_LENGTH ? null : key
}

/** ISO 8601: a date, or a date and time with an optional zone. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/i

/** An ISO 8601 date as epoch ms, or null when malformed. */
export function parseIsoDate(value: string | null): number | null {
  if (value === null || !ISO_DATE.test(value)) return null
  const time = Date.parse(value)
  return Number.isNaN(time) ? null : time
}
