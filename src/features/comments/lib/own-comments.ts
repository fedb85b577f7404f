/**
 * The reader's own comments on this device: the secret (`editToken`) that lets them edit or delete
 * one until its `editableUntil`. Kept in localStorage only, never shown, never logged, never sent
 * anywhere but in the `Edit-Token` header of the author's own requests.
 *
 * A comment held for moderation is seen by its author only: nobody else's thread has it, so its text
 * is kept here too, with its token (which reads it back with `GET /comments/{id}`), until the editors
 * publish it (it then lives in the thread like any other) or refuse it (its text is offered back once,
 * until the reader dismisses it). A held comment is kept past its 15 minutes: moderation takes longer.
 */
import type { Comment } from '@/lib/api-schemas'
import { localStore } from '@/lib/browser/local-store'

const STORAGE_KEY = 'chronique:own-comments'

/** What its author needs to see a held comment: nobody else has it. */
export interface HeldText {
  parentId: string | null
  authorName: string
  body: string
  createdAt: string
  editedAt: string | null
}

export interface OwnComment {
  slug: string
  editToken: string
  /** Epoch ms. */
  editableUntil: number
  /** Set while the comment waits for moderation (or was refused: see `refused`). */
  held?: HeldText | undefined
  /** The editors refused it: its text is offered back until the reader dismisses it. */
  refused?: boolean | undefined
}

/** A held comment as its author's thread shows it. */
export interface HeldComment {
  comment: Comment
  isRefused: boolean
}

type OwnComments = Record<string, OwnComment>

const listeners = new Set<() => void>()

function isHeldText(value: unknown): value is HeldText {
  const held = value as HeldText | null
  return (
    typeof held?.authorName === 'string' &&
    typeof held.body === 'string' &&
    typeof held.createdAt === 'string' &&
    (held.parentId === null || typeof held.parentId === 'string') &&
    (held.editedAt === null || typeof held.editedAt === 'string')
  )
}

function isOwnEntry(value: unknown): value is OwnComment {
  const own = value as OwnComment | null
  return (
    typeof own?.slug === 'string' &&
    typeof own.editToken === 'string' &&
    typeof own.editableUntil === 'number' &&
    (own.held === undefined || isHeldText(own.held))
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// Parsed once per change: every comment of a long thread asks at each render.
let lastRaw: string | null | undefined
let lastParsed: OwnComments = {}
let lastHeld = new Map<string, HeldComment[]>()

function read(): OwnComments {
  const raw = localStore.get(STORAGE_KEY)
  if (raw !== lastRaw) {
    lastRaw = raw
    const stored = localStore.getJson(STORAGE_KEY, isRecord) ?? {}
    // An entry the app cannot read (an older shape, a hand edit) is left out rather than trusted.
    lastParsed = Object.fromEntries(
      Object.entries(stored).filter(([, own]) => isOwnEntry(own)),
    ) as OwnComments
    lastHeld = new Map()
  }
  return lastParsed
}

function write(comments: OwnComments) {
  if (Object.keys(comments).length === 0) localStore.remove(STORAGE_KEY)
  else localStore.set(STORAGE_KEY, JSON.stringify(comments))
  for (const listener of listeners) listener()
}

function update(id: string, change: (own: OwnComment) => OwnComment | null) {
  const comments = read()
  const own = comments[id]
  if (!own) return
  const { [id]: _before, ...rest } = comments
  const changed = change(own)
  write(changed ? { ...rest, [id]: changed } : rest)
}

/**
 * Remembers a new comment's secret (and, while it is held, its text), and forgets the ones whose
 * time is up, unless they still wait for the editors.
 */
export function rememberOwnComment(id: string, comment: OwnComment, now = Date.now()) {
  const kept = Object.fromEntries(
    Object.entries(read()).filter(([, own]) => own.editableUntil > now || own.held !== undefined),
  )
  write({ ...kept, [id]: comment })
}

export function forgetOwnComment(id: string) {
  const { [id]: _forgotten, ...rest } = read()
  write(rest)
}

/** The reader's own comment, while it can still be changed. */
export function ownComment(id: string, now = Date.now()): OwnComment | null {
  const own = read()[id]
  return own && !own.refused && own.editableUntil > now ? own : null
}

export function isOwnComment(id: string): boolean {
  return id in read()
}

/** Whether this is the reader's comment still waiting for the editors. */
export function isHeldComment(id: string): boolean {
  const own = read()[id]
  return own?.held !== undefined && !own.refused
}

/** The reader's held (and refused, not yet dismissed) comments on an article, oldest first. */
export function heldCommentsOf(slug: string): HeldComment[] {
  const comments = read()
  const cached = lastHeld.get(slug)
  if (cached) return cached
  const held: HeldComment[] = []
  for (const [id, own] of Object.entries(comments)) {
    if (own.slug !== slug || !own.held) continue
    held.push({ comment: heldToComment(id, own.held), isRefused: own.refused === true })
  }
  held.sort((a, b) => a.comment.createdAt.localeCompare(b.comment.createdAt))
  lastHeld.set(slug, held)
  return held
}

/** Held comments to ask the server about: their secret, to read them back. */
export function heldSecretsOf(slug: string): { id: string; editToken: string }[] {
  return Object.entries(read())
    .filter(([, own]) => own.slug === slug && own.held && !own.refused)
    .map(([id, own]) => ({ id, editToken: own.editToken }))
}

function heldToComment(id: string, held: HeldText): Comment {
  return {
    id,
    ...held,
    replies: [],
    status: 'pending',
    likeCount: 0,
    featured: false,
    authorBadge: null,
  }
}

export function heldTextOf(comment: Comment): HeldText {
  return {
    parentId: comment.parentId,
    authorName: comment.authorName,
    body: comment.body,
    createdAt: comment.createdAt,
    editedAt: comment.editedAt ?? null,
  }
}

/** The server's latest word on a held comment (an edit, here or in another tab): still held. */
export function updateHeldComment(comment: Comment) {
  update(comment.id, (own) => (own.held ? { ...own, held: heldTextOf(comment) } : own))
}

/**
 * The editors published it: from now on the thread has it. The secret stays while the comment can
 * still be changed.
 */
export function markHeldPublished(id: string, now = Date.now()) {
  update(id, ({ held: _published, refused: _refused, ...own }) => (own.editableUntil > now ? own : null))
}

/** The editors refused it: its text is offered back, and it can no longer be changed. */
export function markHeldRefused(id: string) {
  update(id, (own) => (own.held ? { ...own, refused: true } : null))
}

/**
 * The server refused the secret (time is up, wrong token): the controls go. A held comment stays,
 * since only this device can show it to its author.
 */
export function loseEditRights(id: string) {
  update(id, (own) => (own.held ? { ...own, editableUntil: 0 } : null))
}

/** A value that changes whenever the set of own comments does (for useSyncExternalStore). */
export function ownCommentsVersion(): string {
  return localStore.get(STORAGE_KEY) ?? ''
}

/** Re-renders on a change here, or in another tab of the same browser. */
export function subscribeToOwnComments(listener: () => void): () => void {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}
