/** Locale-aware formatting through `Intl`, cached per locale because formatters are costly to build. */
import { now as clockNow } from '../browser/clock'

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

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
/** From this many calendar days back, a date is written in full. */
const DAYS_SHOWN_RELATIVE = 7

/** Midnight of the day `time` falls on, in the reader's time zone. */
function startOfDay(time: number): number {
  const date = new Date(time)
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime()
}

/**
 * When something was posted, as a reader of a list by recency wants it: relative while it is recent,
 * the full date once it is a week old, so that two old comments can be told apart. Under a minute
 * `justNow` ("à l’instant"; a date a little ahead of the clock too), then "il y a 5 min", "il y a 3 h"
 * for the last 24 hours, then by calendar day "hier", "avant-hier", "il y a 6 jours", and from the
 * seventh day "8 mars 2016". The same in English ("5 min ago", "3 hr ago", "yesterday", "March 8,
 * 2016"). `now` is the app's clock (src/lib/browser/clock.ts), which the QA tools and tests can fix.
 * The exact moment belongs in the `<time>`'s `dateTime` and title (`formatDateTime`).
 */
export function formatRecentDate(iso: string, locale: Locale, justNow: string, now = clockNow()): string {
  const time = new Date(iso).getTime()
  const elapsed = now - time
  if (elapsed < MINUTE) return justNow
  if (elapsed < DAY) {
    const short = cached(
      `relative-short:${locale}`,
      () => new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'short' }),
    )
    return elapsed < HOUR
      ? short.format(-Math.floor(elapsed / MINUTE), 'minute')
      : short.format(-Math.floor(elapsed / HOUR), 'hour')
  }
  // Whole calendar days between the two dates (rounded: a day with a time change is 23 or 25 hours).
  const days = Math.round((startOfDay(now) - startOfDay(time)) / DAY)
  if (days >= DAYS_SHOWN_RELATIVE) return formatLongDate(iso, locale)
  const long = cached(`relative:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }))
  return long.format(-Math.max(1, days), 'day')
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
