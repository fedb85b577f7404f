/**
 * Thread dates at their boundaries, on the app's clock (fixed here), read in Montréal time (vitest's
 * TZ): relative while recent, by calendar day for the last week, the full date from the seventh day.
 */
import { afterEach, describe, expect, test } from 'vitest'
import { fixClock } from '../browser/clock'
import { formatRecentDate, type Locale } from './format'

// Thursday 10 March 2016, 14:00 in Montréal (19:00 UTC).
const NOW = Date.parse('2016-03-10T19:00:00Z')
const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

const justNow = (locale: Locale) => (locale === 'fr-CA' ? 'à l’instant' : 'just now')

/** Intl puts a no-break space between a number and its unit (which ICU version decides which one). */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

/** What the thread shows for something posted `ago` milliseconds before NOW. */
function shown(ago: number, locale: Locale = 'fr-CA') {
  return spaced(formatRecentDate(new Date(NOW - ago).toISOString(), locale, justNow(locale)))
}

/** The same, for a moment given in Montréal time (standard time until 13 March 2016). */
function shownAt(montreal: string, locale: Locale = 'fr-CA') {
  return spaced(formatRecentDate(new Date(`${montreal}-05:00`).toISOString(), locale, justNow(locale)))
}

describe('formatRecentDate', () => {
  afterEach(() => fixClock(null))

  test('reads the app’s clock, so a fixed clock gives fixed dates', () => {
    fixClock(NOW)
    expect(shown(5 * MINUTE)).toBe('il y a 5 min')
    fixClock(NOW + HOUR)
    expect(shown(5 * MINUTE)).toBe('il y a 1 h')
  })

  test('under a minute, and a date a little ahead of the clock: "à l’instant"', () => {
    fixClock(NOW)
    expect(shown(0)).toBe('à l’instant')
    expect(shown(59 * SECOND)).toBe('à l’instant')
    expect(shown(-30 * SECOND)).toBe('à l’instant')
  })

  test('minutes for the first hour, hours for the first day', () => {
    fixClock(NOW)
    expect(shown(60 * SECOND)).toBe('il y a 1 min')
    expect(shown(59 * MINUTE + 59 * SECOND)).toBe('il y a 59 min')
    expect(shown(HOUR)).toBe('il y a 1 h')
    expect(shown(3 * HOUR + 59 * MINUTE)).toBe('il y a 3 h')
    expect(shown(DAY - SECOND)).toBe('il y a 23 h')
  })

  test('then by calendar day: "hier", "avant-hier", up to six days', () => {
    fixClock(NOW)
    expect(shown(DAY)).toBe('hier')
    // Tuesday 23:59 seen on Thursday 14:00: two calendar days back, though under 39 hours.
    expect(shownAt('2016-03-08T23:59:00')).toBe('avant-hier')
    expect(shownAt('2016-03-07T00:00:00')).toBe('il y a 3 jours')
    expect(shownAt('2016-03-04T23:59:00')).toBe('il y a 6 jours')
  })

  test('from the seventh calendar day, the full date', () => {
    fixClock(NOW)
    expect(shownAt('2016-03-03T23:59:00')).toBe('3 mars 2016')
    expect(shown(7 * DAY)).toBe('3 mars 2016')
    expect(shown(10 * 365 * DAY)).toBe('13 mars 2006')
  })

  test('the same rule in English', () => {
    fixClock(NOW)
    expect(shown(30 * SECOND, 'en-CA')).toBe('just now')
    expect(shown(5 * MINUTE, 'en-CA')).toMatch(/^5 min\.? ago$|^5 mins ago$/)
    expect(shown(3 * HOUR, 'en-CA')).toMatch(/^3 hr\.? ago$|^3 hrs ago$/)
    expect(shown(DAY, 'en-CA')).toBe('yesterday')
    expect(shownAt('2016-03-04T23:59:00', 'en-CA')).toBe('6 days ago')
    expect(shown(7 * DAY, 'en-CA')).toBe('March 3, 2016')
  })
})
