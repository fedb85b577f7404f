/**
 * The reader's own comments on this device: the secret (`editToken`) that lets them edit or delete
 * one until its `editableUntil`. Kept in localStorage only, never shown, never logged, never sent
 * anywhere but in the `Edit-Token` header of the author's own edits.
 */
import { localStore } from '@/lib/browser/local-store'

const STORAGE_KEY = 'chronique:own-comments'

export interface OwnComment {
  slug: string
  editToken: string
  /** Epoch ms. */
  editableUntil: number
}

type OwnComments = Record<string, OwnComment>

const listeners = new Set<() => void>()

function isOwnComments(value: unknown): value is OwnComments {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// Parsed once per change: every comment of a long thread asks at each render.
let lastRaw: string | null | undefined
let lastParsed: OwnComments = {}

function read(): OwnComments {
  const raw = localStore.get(STORAGE_KEY)
  if (raw !== lastRaw) {
    lastRaw = raw
    lastParsed = localStore.getJson(STORAGE_KEY, isOwnComments) ?? {}
  }
  return lastParsed
}

function write(comments: OwnComments) {
  if (Object.keys(comments).length === 0) localStore.remove(STORAGE_KEY)
  else localStore.set(STORAGE_KEY, JSON.stringify(comments))
  for (const listener of listeners) listener()
}

/** Remembers a new comment's secret, and forgets the ones whose time is up. */
export function rememberOwnComment(id: string, comment: OwnComment, now = Date.now()) {
  const kept = Object.fromEntries(Object.entries(read()).filter(([, own]) => own.editableUntil > now))
  write({ ...kept, [id]: comment })
}

export function forgetOwnComment(id: string) {
  const { [id]: _forgotten, ...rest } = read()
  write(rest)
}

/** The reader's own comment, while it can still be changed. */
export function ownComment(id: string, now = Date.now()): OwnComment | null {
  const own = read()[id]
  return own && own.editableUntil > now ? own : null
}

export function isOwnComment(id: string): boolean {
  return id in read()
}

/** A value that changes whenever the set of own comments does (for useSyncExternalStore). */
export function ownCommentsVersion(): string {
  return localStore.get(STORAGE_KEY) ?? ''
}

export function subscribeToOwnComments(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
