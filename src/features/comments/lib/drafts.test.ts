import { describe, expect, test, vi } from 'vitest'
import {
  clearEditDraft,
  discardDraft,
  idempotencyKeyFor,
  markConfirmed,
  markFailed,
  markSubmitted,
  parseUnsentTexts,
  readDraft,
  readEditDraft,
  readRememberedName,
  recoverInterruptedSubmissions,
  rememberName,
  saveDraftBody,
  saveEditDraft,
  subscribeToDrafts,
  unsentTextsSnapshot,
} from './drafts'

const slug = 'un-article'

describe('drafts', () => {
  test('keep what is typed per article and per reply target', () => {
    saveDraftBody(slug, null, 'Sous l’article')
    saveDraftBody(slug, 'c1', 'En réponse')
    expect(readDraft(slug, null).body).toBe('Sous l’article')
    expect(readDraft(slug, 'c1').body).toBe('En réponse')
    expect(readDraft('autre', null).body).toBe('')
  })

  test('keep a sent text until the server confirms it', () => {
    markSubmitted(slug, null, { idempotencyKey: 'k1', body: 'Mon avis' })
    expect(readDraft(slug, null).pending).toEqual({ idempotencyKey: 'k1', body: 'Mon avis' })
    markConfirmed(slug, null, 'k1')
    expect(readDraft(slug, null)).toEqual({ body: '', pending: null, failed: null })
  })

  test('put a refused text back before what was typed since, and reuse its key for the same text', () => {
    markSubmitted(slug, null, { idempotencyKey: 'k2', body: 'Premier jet' })
    saveDraftBody(slug, null, 'Autre idée')
    expect(markFailed(slug, null, { idempotencyKey: 'k2', body: 'Premier jet' })).toBe(
      'Premier jet\n\nAutre idée',
    )
    const draft = readDraft(slug, null)
    expect(idempotencyKeyFor(draft, 'Premier jet')).toBe('k2')
    expect(idempotencyKeyFor(draft, 'Premier jet, corrigé')).not.toBe('k2')
  })
  test('a send that seemed to fail but reached the server (resumed after a reload) leaves the box', () => {
    markSubmitted(slug, 'c9', { idempotencyKey: 'k3', body: 'Parti quand même' })
    markFailed(slug, 'c9', { idempotencyKey: 'k3', body: 'Parti quand même' })
    expect(readDraft(slug, 'c9').body).toBe('Parti quand même')
    markConfirmed(slug, 'c9', 'k3')
    expect(readDraft(slug, 'c9')).toEqual({ body: '', pending: null, failed: null })
  })
})

describe('drafts, as stored', () => {
  const draftKey = (target: string) => `chronique:draft:${slug}:${target}`

  test('an empty box with nothing on its way leaves nothing stored', () => {
    saveDraftBody(slug, null, 'Un mot')
    expect(localStorage.getItem(draftKey('article'))).not.toBeNull()
    saveDraftBody(slug, null, '')
    expect(localStorage.getItem(draftKey('article'))).toBeNull()
    markSubmitted(slug, null, { idempotencyKey: 'k1', body: 'Envoyé' })
    expect(JSON.parse(localStorage.getItem(draftKey('article')) ?? 'null')).toEqual({
      body: '',
      pending: { idempotencyKey: 'k1', body: 'Envoyé' },
      failed: null,
    })
    markFailed(slug, null, { idempotencyKey: 'k1', body: 'Envoyé' })
    saveDraftBody(slug, null, '')
    expect(readDraft(slug, null)).toEqual({
      body: '',
      pending: null,
      failed: { idempotencyKey: 'k1', body: 'Envoyé' },
    })
    discardDraft(slug, null)
    expect(localStorage.getItem(draftKey('article'))).toBeNull()
  })

  test.each([
    ['a body that is not text', { body: 1, pending: null, failed: null }],
    ['no pending field', { body: 'a', failed: null }],
    ['no failed field', { body: 'a', pending: null }],
    ['a pending send without key', { body: 'a', pending: { body: 'b' }, failed: null }],
    ['a pending send without text', { body: 'a', pending: { idempotencyKey: 'k' }, failed: null }],
    ['a failed send without key', { body: 'a', pending: null, failed: { body: 'b' } }],
    ['null', null],
  ])('a stored draft with %s reads as an empty one', (_what, value) => {
    localStorage.setItem(draftKey('article'), JSON.stringify(value))
    expect(readDraft(slug, null)).toEqual({ body: '', pending: null, failed: null })
  })

  test('a stored draft with its sends is read back whole', () => {
    const draft = {
      body: 'a',
      pending: { idempotencyKey: 'k1', body: 'b' },
      failed: { idempotencyKey: 'k2', body: 'c' },
    }
    localStorage.setItem(draftKey('c1'), JSON.stringify(draft))
    expect(readDraft(slug, 'c1')).toEqual(draft)
  })

  test('a confirmation for another send changes nothing', () => {
    markSubmitted(slug, null, { idempotencyKey: 'k1', body: 'Mon avis' })
    markConfirmed(slug, null, 'k-autre')
    expect(readDraft(slug, null).pending).toEqual({ idempotencyKey: 'k1', body: 'Mon avis' })
  })

  test('a late confirmation keeps what the reader typed since', () => {
    markSubmitted(slug, null, { idempotencyKey: 'k1', body: 'Parti' })
    markFailed(slug, null, { idempotencyKey: 'k1', body: 'Parti' })
    saveDraftBody(slug, null, 'Parti, puis réécrit')
    markConfirmed(slug, null, 'k1')
    expect(readDraft(slug, null)).toEqual({ body: 'Parti, puis réécrit', pending: null, failed: null })
  })

  test('a refused text already back in the box is not put there twice', () => {
    saveDraftBody(slug, null, 'Avant. Mon avis. Après.')
    expect(markFailed(slug, null, { idempotencyKey: 'k1', body: 'Mon avis.' })).toBe(
      'Avant. Mon avis. Après.',
    )
    discardDraft(slug, null)
    expect(markFailed(slug, null, { idempotencyKey: 'k2', body: 'Seul' })).toBe('Seul')
    expect(readDraft(slug, null)).toEqual({
      body: 'Seul',
      pending: null,
      failed: { idempotencyKey: 'k2', body: 'Seul' },
    })
  })

  test('a send no post will finish (the tab closed first) goes back into its box', () => {
    markSubmitted(slug, null, { idempotencyKey: 'lost', body: 'Perdu ?' })
    markSubmitted(slug, 'c1', { idempotencyKey: 'sending', body: 'En route' })
    markSubmitted('autre-article', 'c2', { idempotencyKey: 'lost-2', body: 'Réponse perdue' })
    saveDraftBody(slug, 'c3', 'Juste tapé')
    localStorage.setItem('chronique:comment-name', 'Nadia')
    recoverInterruptedSubmissions(new Set(['sending']))
    expect(readDraft(slug, null)).toEqual({
      body: 'Perdu ?',
      pending: null,
      failed: { idempotencyKey: 'lost', body: 'Perdu ?' },
    })
    expect(readDraft(slug, 'c1').pending).toEqual({ idempotencyKey: 'sending', body: 'En route' })
    expect(readDraft('autre-article', 'c2').body).toBe('Réponse perdue')
    expect(readDraft(slug, 'c3')).toEqual({ body: 'Juste tapé', pending: null, failed: null })
  })

  test('what was typed and never posted on an article, in a snapshot that changes only with it', () => {
    saveDraftBody(slug, 'c2', 'Réponse')
    saveDraftBody(slug, null, 'Sous l’article')
    saveDraftBody(slug, 'c1', '   ')
    saveDraftBody('autre', null, 'Ailleurs')
    saveDraftBody(`${slug}-suite`, null, 'Article voisin')
    markSubmitted(slug, 'c3', { idempotencyKey: 'k', body: 'En route' })
    localStorage.setItem(`chronique:draft:${slug}:c4:x`, JSON.stringify({ body: 'Clé inconnue' }))
    const snapshot = unsentTextsSnapshot(slug)
    expect(parseUnsentTexts(snapshot)).toEqual([
      { parentId: null, body: 'Sous l’article' },
      { parentId: 'c2', body: 'Réponse' },
    ])
    expect(unsentTextsSnapshot(slug)).toBe(snapshot)
    discardDraft(slug, 'c2')
    expect(parseUnsentTexts(unsentTextsSnapshot(slug))).toEqual([{ parentId: null, body: 'Sous l’article' }])
    expect(parseUnsentTexts(unsentTextsSnapshot('rien'))).toEqual([])
  })

  test('the name is remembered for the next comment', () => {
    expect(readRememberedName()).toBe('')
    rememberName('Nadia')
    expect(readRememberedName()).toBe('Nadia')
  })

  test('an edit in progress is kept per comment until cleared', () => {
    expect(readEditDraft('c1')).toBeNull()
    saveEditDraft('c1', 'Nouveau texte')
    expect(readEditDraft('c1')).toBe('Nouveau texte')
    expect(readEditDraft('c2')).toBeNull()
    clearEditDraft('c1')
    expect(readEditDraft('c1')).toBeNull()
  })

  test('forms hear every change, here or in another tab, until they stop listening', () => {
    const listener = vi.fn()
    const stop = subscribeToDrafts(listener)
    saveDraftBody(slug, null, 'a')
    markSubmitted(slug, null, { idempotencyKey: 'k', body: 'a' })
    saveEditDraft('c1', 'b')
    clearEditDraft('c1')
    expect(listener).toHaveBeenCalledTimes(4)
    window.dispatchEvent(new StorageEvent('storage', { key: draftKey('article') }))
    expect(listener).toHaveBeenCalledTimes(5)
    window.dispatchEvent(new StorageEvent('storage', { key: 'chronique:own-comments' }))
    window.dispatchEvent(new StorageEvent('storage', { key: null }))
    expect(listener).toHaveBeenCalledTimes(5)
    stop()
    saveDraftBody(slug, null, 'b')
    window.dispatchEvent(new StorageEvent('storage', { key: draftKey('article') }))
    expect(listener).toHaveBeenCalledTimes(5)
  })
})
