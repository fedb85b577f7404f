/**
 * The reader's display preferences, kept on the device. public/preferences-init.js applies the saved
 * ones before the first paint; this module changes them while reading. Both read the same key.
 */
import { localStore } from '@/lib/browser/local-store'

export type Theme = 'auto' | 'light' | 'dark'

export interface Preferences {
  theme: Theme
  /** Root font size as a fraction of the browser's (1 = the reader's own default). */
  textScale: number
}

export const TEXT_SCALES = [0.9, 1, 1.15, 1.3] as const
const STORAGE_KEY = 'chronique:preferences'
const DEFAULTS: Preferences = { theme: 'auto', textScale: 1 }

function isPreferences(value: unknown): value is Partial<Preferences> {
  return typeof value === 'object' && value !== null
}

/**
 * Whether the browser can show the dark theme: the colours are light-dark() pairs, and where that is
 * missing (iOS before 17.5) global.css falls back to the light theme whatever is chosen, so "Sombre"
 * is not offered there.
 */
export function canShowDarkTheme(): boolean {
  return typeof CSS === 'undefined' || typeof CSS.supports !== 'function'
    ? true
    : CSS.supports('color', 'light-dark(#000, #fff)')
}

export function readPreferences(): Preferences {
  const saved = localStore.getJson(STORAGE_KEY, isPreferences) ?? {}
  const theme = saved.theme === 'light' || saved.theme === 'dark' ? saved.theme : 'auto'
  const textScale = TEXT_SCALES.find((scale) => scale === saved.textScale) ?? DEFAULTS.textScale
  return { theme, textScale }
}

export function applyPreferences({ theme, textScale }: Preferences) {
  const root = document.documentElement
  if (theme === 'auto') root.removeAttribute('data-theme')
  else root.setAttribute('data-theme', theme)
  root.style.fontSize = textScale === 1 ? '' : `${textScale * 100}%`
}

export function savePreferences(preferences: Preferences) {
  localStore.set(STORAGE_KEY, JSON.stringify(preferences))
  applyPreferences(preferences)
}
