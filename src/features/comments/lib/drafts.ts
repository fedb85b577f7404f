/**
 * What the reader has typed, kept on the device as they type, per article and per reply target.
 * A draft is cleared only once the server has confirmed the post; until then the submitted text is
 * kept beside whatever the reader types next, so a failure, a reload or a crash never loses a word.
 */
import { localStore } from '@/lib/browser/local-store'
import { randomUuid } from '@/lib/browser/uuid'

export interface Submission {
  idempotencyKey: string
  body: string
}

export interface Draft {
  /** What is in the text box. */
  body: string
  /** Sent and not yet confirmed. */
  pending: Submission | null
  /** Sent and refused: sending the same text again reuses its key, so it can never post twice. */
  failed: Submission | null
}

const EMPTY_DRAFT: Draft = { body: '', pending: null, failed: null }
const NAME_KEY = 'chronique:comment-name'

const draftKey = (slug: string, parentId: string | null) => `chronique:draft:${slug}:${parentId ?? 'article'}`

const listeners = new Set<() => void>()

/** Re-renders forms when a draft changes here, in a mutation's callback, or in another tab. */
export function subscribeToDrafts(listener: () => void): () => void {
  listeners.add(listener)
  const onStorage = (event: StorageEvent) => {
    if (event.key?.startsWith('chronique:draft:')) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

function isSubmission(value: unknown): value is Submission {
  const candidate = value as Submission | null
  return typeof candidate?.idempotencyKey === 'string' && typeof candidate.body === 'string'
}

function isDraft(value: unknown): value is Draft {
  const candidate = value as Draft | null
  return (
    typeof candidate?.body === 'string' &&
    (candidate.pending === null || isSubmission(candidate.pending)) &&
    (candidate.failed === null || isSubmission(candidate.failed))
  )
}

export function readDraft(slug: string, parentId: string | null): Draft {
  return localStore.getJson(draftKey(slug, parentId), isDraft) ?? EMPTY_DRAFT
}

function writeDraft(slug: string, parentId: string | null, draft: Draft) {
  if (draft.body === '' && !draft.pending && !draft.failed) localStore.remove(draftKey(slug, parentId))
  else localStore.set(draftKey(slug, parentId), JSON.stringify(draft))
  for (const listener of listeners) listener()
}

export function saveDraftBody(slug: string, parentId: string | null, body: string) {
  writeDraft(slug, parentId, { ...readDraft(slug, parentId), body })
}

/** The key for sending `body`: the failed submission's if it is the same text, else a new one. */
export function idempotencyKeyFor(draft: Draft, body: string): string {
  return draft.failed?.body === body ? draft.failed.idempotencyKey : randomUuid()
}

/** The text leaves the box for the thread ("Envoi…"); the draft keeps it until the server confirms. */
export function markSubmitted(slug: string, parentId: string | null, submission: Submission) {
  writeDraft(slug, parentId, { body: '', pending: submission, failed: null })
}

/**
 * The server has the comment. Also when it had seemed to fail (an interrupted send, resumed later):
 * its text then leaves the box, unless the reader has changed it since.
 */
export function markConfirmed(slug: string, parentId: string | null, idempotencyKey: string) {
  const draft = readDraft(slug, parentId)
  if (draft.pending?.idempotencyKey === idempotencyKey) {
    writeDraft(slug, parentId, { ...draft, pending: null, failed: null })
  } else if (draft.failed?.idempotencyKey === idempotencyKey) {
    writeDraft(slug, parentId, {
      body: draft.body === draft.failed.body ? '' : draft.body,
      pending: null,
      failed: null,
    })
  }
}

/**
 * Puts a refused submission's text back in the box, before anything typed since (nothing is lost),
 * and returns the new text of the box.
 */
export function markFailed(slug: string, parentId: string | null, submission: Submission): string {
  const draft = readDraft(slug, parentId)
  const alreadyBack = draft.body.includes(submission.body)
  const body =
    alreadyBack || draft.body === '' ? draft.body || submission.body : `${submission.body}\n\n${draft.body}`
  writeDraft(slug, parentId, { body, pending: null, failed: submission })
  return body
}

/**
 * Drafts whose submission has no post left to finish it (the tab closed before it could be saved):
 * their text goes back into the box rather than vanishing.
 */
export function recoverInterruptedSubmissions(stillSending: ReadonlySet<string>) {
  for (const key of localStore.keys()) {
    const match = /^chronique:draft:(.+):([^:]+)$/.exec(key)
    if (!match?.[1] || !match[2]) continue
    const [, slug, target] = match
    const parentId = target === 'article' ? null : target
    const { pending } = readDraft(slug, parentId)
    if (pending && !stillSending.has(pending.idempotencyKey)) markFailed(slug, parentId, pending)
  }
}

/** A text typed for this article (its form or a reply's) and never posted. */
export interface UnsentText {
  parentId: string | null
  body: string
}

/**
 * What the reader typed on this article and did not post, as a string that changes only when it does
 * (a snapshot for useSyncExternalStore; read it back with `parseUnsentTexts`).
 */
export function unsentTextsSnapshot(slug: string): string {
  const texts: UnsentText[] = []
  const prefix = `chronique:draft:${slug}:`
  for (const key of localStore.keys().sort()) {
    if (!key.startsWith(prefix)) continue
    const target = key.slice(prefix.length)
    if (target.includes(':')) continue
    const parentId = target === 'article' ? null : target
    const { body } = readDraft(slug, parentId)
    if (body.trim() !== '') texts.push({ parentId, body })
  }
  return JSON.stringify(texts)
}

export function parseUnsentTexts(snapshot: string): UnsentText[] {
  return JSON.parse(snapshot) as UnsentText[]
}

/** The reader lets an unposted text go. */
export function discardDraft(slug: string, parentId: string | null) {
  writeDraft(slug, parentId, EMPTY_DRAFT)
}

export function readRememberedName(): string {
  return localStore.get(NAME_KEY) ?? ''
}

export function rememberName(name: string) {
  localStore.set(NAME_KEY, name)
}

const editDraftKey = (commentId: string) => `chronique:edit-draft:${commentId}`

/** An edit in progress, kept like any draft until the server has the new text. */
export function readEditDraft(commentId: string): string | null {
  return localStore.get(editDraftKey(commentId))
}

export function saveEditDraft(commentId: string, body: string) {
  localStore.set(editDraftKey(commentId), body)
  for (const listener of listeners) listener()
}

export function clearEditDraft(commentId: string) {
  localStore.remove(editDraftKey(commentId))
  for (const listener of listeners) listener()
}
