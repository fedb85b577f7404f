/** Locale-aware formatting through `Intl`, cached per locale because formatters are costly to build. */
export type Locale = 'fr-CA' | 'en-CA'

const cache = new Map<
  string,
  Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules | Intl.RelativeTimeFormat
>()

function cached<
  T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules | Intl.RelativeTimeFormat,
>(key: string, create: () => T): T {
  let formatter = cache.get(key) as T | undefined
  if (!formatter) {
    formatter = create()
    cache.set(key, formatter)
  }
  return formatter
}

/** "8 mars 2016" */
export function formatLongDate(iso: string, locale: Locale): string {
  const format = cached(`date:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }))
  return format.format(new Date(iso))
}

/** "8 mars 2016 à 09 h 05" — the exact moment, for tooltips and `<time>` titles. */
export function formatDateTime(iso: string, locale: Locale): string {
  const format = cached(
    `datetime:${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }),
  )
  return format.format(new Date(iso))
}

/** "4,2" */
export function formatDecimal(value: number, locale: Locale): string {
  const format = cached(
    `decimal:${locale}`,
    () => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  )
  return format.format(value)
}

/** "1 234" */
export function formatInteger(value: number, locale: Locale): string {
  return cached(`integer:${locale}`, () => new Intl.NumberFormat(locale)).format(value)
}

export function pluralCategory(count: number, locale: Locale): Intl.LDMLPluralRule {
  return cached(`plural:${locale}`, () => new Intl.PluralRules(locale)).select(count)
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

/** "il y a 3 heures", "à l’instant" for under a minute. */
export function formatRelativeTime(iso: string, now: number, locale: Locale, justNow: string): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000)
  const format = cached(`relative:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }))
  for (const [unit, unitSeconds] of RELATIVE_UNITS) {
    if (Math.abs(seconds) >= unitSeconds) return format.format(Math.trunc(seconds / unitSeconds), unit)
  }
  return justNow
}

/** "62 %" in French, "62%" in English. */
export function formatPercent(fraction: number, locale: Locale): string {
  return cached(`percent:${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent' })).format(
    fraction,
  )
}

/**
 * Builds the date formatters ahead of the first page: the first `Intl.DateTimeFormat` of a page loads
 * the locale's calendar data (about 15 ms on a fast computer, four times that on a mid-range phone).
 * Called while the first page's data is on its way, it costs nothing the reader waits for.
 */
export function prepareDateFormatting(locale: Locale) {
  formatDateTime(new Date(0).toISOString(), locale)
  formatLongDate(new Date(0).toISOString(), locale)
}
