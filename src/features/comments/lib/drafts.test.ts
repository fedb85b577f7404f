import { describe, expect, test } from 'vitest'
import {
  idempotencyKeyFor,
  markConfirmed,
  markFailed,
  markSubmitted,
  readDraft,
  saveDraftBody,
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
