/**
 * Where the reader stopped in each article, kept on the device as a fraction of the article's body
 * (the comments are not reading). Articles barely started or finished are not kept: there is nothing
 * to resume.
 */
import { localStore } from '@/lib/browser/local-store'

const STORAGE_KEY = 'chronique:reading-positions'
const MAX_ARTICLES = 100
export const MIN_RESUMABLE = 0.03
export const MAX_RESUMABLE = 0.97

type Positions = Record<string, { progress: number; savedAt: number }>

function isPositions(value: unknown): value is Positions {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function readAll(): Positions {
  return localStore.getJson(STORAGE_KEY, isPositions) ?? {}
}

/** The saved fraction for this article, if there is something to resume. */
export function readReadingPosition(slug: string): number | null {
  const progress = readAll()[slug]?.progress
  return typeof progress === 'number' && progress >= MIN_RESUMABLE && progress <= MAX_RESUMABLE
    ? progress
    : null
}

export function saveReadingPosition(slug: string, progress: number) {
  const positions = readAll()
  const isResumable = progress >= MIN_RESUMABLE && progress <= MAX_RESUMABLE
  if (!isResumable && !(slug in positions)) return
  const others = Object.entries(positions).filter(([saved]) => saved !== slug)
  const entries = isResumable ? [[slug, { progress, savedAt: Date.now() }] as const, ...others] : others
  // The most recent first; the oldest go when there are too many.
  const kept = entries.sort(([, a], [, b]) => b.savedAt - a.savedAt).slice(0, MAX_ARTICLES)
  localStore.set(STORAGE_KEY, JSON.stringify(Object.fromEntries(kept)))
}

/** How far through an element the reader is: 0 with its top at the top of the screen, 1 with its end at the bottom. */
export function progressThrough(element: HTMLElement): number {
  const rect = element.getBoundingClientRect()
  const scrollable = rect.height - window.innerHeight
  if (scrollable <= 0) return rect.bottom <= window.innerHeight ? 1 : 0
  return Math.min(1, Math.max(0, -rect.top / scrollable))
}

/** The page's scroll position at which the reader was `progress` through the element. */
export function scrollTopFor(element: HTMLElement, progress: number): number {
  const rect = element.getBoundingClientRect()
  const top = rect.top + window.scrollY
  return top + Math.max(0, rect.height - window.innerHeight) * progress
}
