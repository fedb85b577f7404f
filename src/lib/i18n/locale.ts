/**
 * Which language the interface speaks. French (fr-CA) is the default and ships with the app; English
 * is fetched only by readers who choose it. The choice is kept on the device, and
 * public/preferences-init.js sets `<html lang>` from it before the first paint.
 */
import type { Locale } from './format'
import { localStore } from '../browser/local-store'
import { frCA, type Messages } from './fr-ca'

const STORAGE_KEY = 'chronique:locale'
export const DEFAULT_LOCALE: Locale = 'fr-CA'

export function readSavedLocale(): Locale {
  return localStore.get(STORAGE_KEY) === 'en-CA' ? 'en-CA' : DEFAULT_LOCALE
}

export function saveLocale(locale: Locale) {
  if (locale === DEFAULT_LOCALE) localStore.remove(STORAGE_KEY)
  else localStore.set(STORAGE_KEY, locale)
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'en-CA') return (await import('./en-ca')).enCA
  return frCA
}

/** `<html lang>`: screen readers pick their voice from it, browsers their hyphenation and quotes. */
export function applyDocumentLocale(locale: Locale) {
  document.documentElement.lang = locale
}
