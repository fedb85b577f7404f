/**
 * The reader's own comments on this device: their secrets, their held texts, and what each answer of
 * the editors or the server does to them. Read back the way the thread reads them.
 */
import { describe, expect, test, vi } from 'vitest'
import type { Comment } from '@/lib/api-schemas'
import {
  forgetOwnComment,
  heldCommentsOf,
  heldSecretsOf,
  heldTextOf,
  isHeldComment,
  isOwnComment,
  loseEditRights,
  markHeldPublished,
  markHeldRefused,
  ownComment,
  ownCommentsVersion,
  rememberOwnComment,
  subscribeToOwnComments,
  updateHeldComment,
  type HeldText,
  type OwnComment,
} from './own-comments'

const STORAGE_KEY = 'chronique:own-comments'
const NOW = Date.UTC(2026, 2, 8, 12)
const MINUTE = 60_000

const held = (body: string, createdAt = '2026-03-08T11:00:00.000Z'): HeldText => ({
  parentId: null,
  authorName: 'Nadia',
  body,
  createdAt,
  editedAt: null,
})

const own = (overrides: Partial<OwnComment> = {}): OwnComment => ({
  slug: 'un-article',
  editToken: 'secret',
  editableUntil: NOW + 15 * MINUTE,
  ...overrides,
})

function stored(): Record<string, OwnComment> | null {
  const raw = localStorage.getItem(STORAGE_KEY)
  return raw === null ? null : (JSON.parse(raw) as Record<string, OwnComment>)
}

describe('the reader’s own comments', () => {
  test('a comment’s secret is there until its time is up, and not at that instant', () => {
    rememberOwnComment('c1', own(), NOW)
    expect(ownComment('c1', NOW)).toEqual(own())
    expect(ownComment('c1', NOW + 15 * MINUTE - 1)).toEqual(own())
    expect(ownComment('c1', NOW + 15 * MINUTE)).toBeNull()
    expect(ownComment('inconnu', NOW)).toBeNull()
    // Still the reader's (a mark in the thread), no longer changeable.
    expect(isOwnComment('c1')).toBe(true)
    expect(isOwnComment('inconnu')).toBe(false)
  })

  test('a new comment forgets the secrets whose time is up, but not held comments nor live ones', () => {
    rememberOwnComment('expired', own({ editableUntil: NOW - 1 }), NOW - 2)
    rememberOwnComment('ends-now', own({ editableUntil: NOW }), NOW - 2)
    rememberOwnComment('live', own({ editableUntil: NOW + 1 }), NOW - 2)
    rememberOwnComment('held', own({ editableUntil: NOW - 1, held: held('En attente') }), NOW - 2)
    rememberOwnComment('new', own(), NOW)
    expect(Object.keys(stored() ?? {}).sort()).toEqual(['held', 'live', 'new'])
  })

  test('forgetting the last one leaves nothing stored', () => {
    const versions = [ownCommentsVersion()]
    rememberOwnComment('c1', own(), NOW)
    rememberOwnComment('c2', own(), NOW)
    versions.push(ownCommentsVersion())
    forgetOwnComment('c1')
    versions.push(ownCommentsVersion())
    expect(Object.keys(stored() ?? {})).toEqual(['c2'])
    forgetOwnComment('c2')
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
    versions.push(ownCommentsVersion())
    expect(versions[0]).toBe('')
    expect(new Set(versions.slice(1, 3)).size).toBe(2)
    expect(versions[3]).toBe('')
  })

  test('an entry the app cannot read is left out rather than trusted', () => {
    const good = own()
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        good,
        noSlug: { ...good, slug: 1 },
        noToken: { ...good, editToken: null },
        textUntil: { ...good, editableUntil: '2026-03-08' },
        nothing: null,
        heldNoName: { ...good, held: { ...held('a'), authorName: 1 } },
        heldNoBody: { ...good, held: { ...held('a'), body: null } },
        heldNoDate: { ...good, held: { ...held('a'), createdAt: 0 } },
        heldBadParent: { ...good, held: { ...held('a'), parentId: 3 } },
        heldBadEdit: { ...good, held: { ...held('a'), editedAt: 3 } },
        heldNull: { ...good, held: null },
        heldReply: { ...good, held: { ...held('a'), parentId: 'c0', editedAt: '2026-03-08T11:05:00.000Z' } },
      }),
    )
    expect(['good', 'heldReply', 'noSlug', 'noToken', 'textUntil', 'nothing'].map(isOwnComment)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ])
    expect(
      ['heldNoName', 'heldNoBody', 'heldNoDate', 'heldBadParent', 'heldBadEdit', 'heldNull'].filter(
        isOwnComment,
      ),
    ).toEqual([])
  })

  test.each([
    ['a list', '[{"slug":"un-article"}]'],
    ['a string', '"c1"'],
    ['null', 'null'],
    ['not JSON', '{c1'],
  ])('a store that holds %s counts as empty', (_what, raw) => {
    localStorage.setItem(STORAGE_KEY, raw)
    expect(isOwnComment('0')).toBe(false)
    expect(heldSecretsOf('un-article')).toEqual([])
  })

  test('another tab’s change is read at once', () => {
    rememberOwnComment('c1', own(), NOW)
    expect(isOwnComment('c2')).toBe(false)
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ c2: own() }))
    expect(isOwnComment('c2')).toBe(true)
    expect(isOwnComment('c1')).toBe(false)
  })
})

describe('held comments', () => {
  const comment: Comment = {
    id: 'h1',
    parentId: 'c0',
    authorName: 'Nadia',
    body: 'Mon texte',
    createdAt: '2026-03-08T11:00:00.000Z',
    replies: [],
    status: 'pending',
    likeCount: 0,
    featured: false,
    authorBadge: null,
  }

  test('keep what the author needs to see them, an edit’s date as null when there is none', () => {
    expect(heldTextOf(comment)).toEqual({
      parentId: 'c0',
      authorName: 'Nadia',
      body: 'Mon texte',
      createdAt: '2026-03-08T11:00:00.000Z',
      editedAt: null,
    })
    expect(heldTextOf({ ...comment, editedAt: '2026-03-08T11:05:00.000Z' }).editedAt).toBe(
      '2026-03-08T11:05:00.000Z',
    )
  })

  test('show on their article only, oldest first, as pending comments, refused ones marked', () => {
    rememberOwnComment('late', own({ held: held('Deuxième', '2026-03-08T11:30:00.000Z') }), NOW)
    rememberOwnComment('early', own({ held: held('Premier', '2026-03-08T11:00:00.000Z') }), NOW)
    rememberOwnComment('elsewhere', own({ slug: 'autre', held: held('Ailleurs') }), NOW)
    rememberOwnComment('published', own(), NOW)
    markHeldRefused('late')
    const [early, late] = heldCommentsOf('un-article')
    expect(heldCommentsOf('un-article')).toHaveLength(2)
    expect(early).toEqual({
      comment: {
        id: 'early',
        parentId: null,
        authorName: 'Nadia',
        body: 'Premier',
        createdAt: '2026-03-08T11:00:00.000Z',
        editedAt: null,
        replies: [],
        status: 'pending',
        likeCount: 0,
        featured: false,
        authorBadge: null,
      },
      isRefused: false,
    })
    expect([late?.comment.id, late?.comment.body, late?.isRefused]).toEqual(['late', 'Deuxième', true])
    expect(heldCommentsOf('autre').map(({ comment: { id } }) => id)).toEqual(['elsewhere'])
    expect(heldCommentsOf('rien')).toEqual([])
  })

  test('are listed by when they were written, not by when they were stored', () => {
    rememberOwnComment('written-later', own({ held: held('Plus tard', '2026-03-08T11:30:00.000Z') }), NOW)
    rememberOwnComment('written-first', own({ held: held('D’abord', '2026-03-08T11:00:00.000Z') }), NOW)
    expect(heldCommentsOf('un-article').map(({ comment: { id } }) => id)).toEqual([
      'written-first',
      'written-later',
    ])
  })

  test('the same list while nothing changes (each comment asks at each render), a new one after', () => {
    rememberOwnComment('h1', own({ held: held('Un') }), NOW)
    const first = heldCommentsOf('un-article')
    expect(heldCommentsOf('un-article')).toBe(first)
    rememberOwnComment('h2', own({ held: held('Deux', '2026-03-08T11:10:00.000Z') }), NOW)
    const second = heldCommentsOf('un-article')
    expect(second).not.toBe(first)
    expect(second.map(({ comment: { body } }) => body)).toEqual(['Un', 'Deux'])
  })

  test('are asked about with their secret, while held and not refused, on their article', () => {
    rememberOwnComment('h1', own({ editToken: 't1', held: held('Un') }), NOW)
    rememberOwnComment('h2', own({ editToken: 't2', held: held('Deux') }), NOW)
    rememberOwnComment('other', own({ slug: 'autre', editToken: 't3', held: held('Trois') }), NOW)
    rememberOwnComment('plain', own({ editToken: 't4' }), NOW)
    markHeldRefused('h2')
    expect(heldSecretsOf('un-article')).toEqual([{ id: 'h1', editToken: 't1' }])
    expect(isHeldComment('h1')).toBe(true)
    expect(isHeldComment('h2')).toBe(false)
    expect(isHeldComment('plain')).toBe(false)
    expect(isHeldComment('inconnu')).toBe(false)
  })

  test('an edit keeps one held, with its new text; an ordinary comment is left as it is', () => {
    rememberOwnComment('h1', own({ held: held('Avant') }), NOW)
    rememberOwnComment('plain', own(), NOW)
    updateHeldComment({ ...comment, id: 'h1', body: 'Après', editedAt: '2026-03-08T11:05:00.000Z' })
    updateHeldComment({ ...comment, id: 'plain', body: 'Ignoré' })
    updateHeldComment({ ...comment, id: 'inconnu' })
    expect(stored()).toEqual({
      h1: own({ held: { ...heldTextOf(comment), body: 'Après', editedAt: '2026-03-08T11:05:00.000Z' } }),
      plain: own(),
    })
    expect(isHeldComment('h1')).toBe(true)
  })

  test('published, it is an ordinary comment of the reader while its time lasts, then forgotten', () => {
    rememberOwnComment('h1', own({ held: held('Un') }), NOW)
    rememberOwnComment('h2', own({ held: held('Deux') }), NOW)
    markHeldRefused('h2')
    markHeldPublished('h1', NOW + 15 * MINUTE - 1)
    markHeldPublished('h2', NOW)
    markHeldPublished('inconnu', NOW)
    expect(stored()).toEqual({ h1: own(), h2: own() })
    expect(ownComment('h2', NOW)).toEqual(own())
    expect(heldCommentsOf('un-article')).toEqual([])
    rememberOwnComment('h3', own({ held: held('Trois') }), NOW)
    markHeldPublished('h3', NOW + 15 * MINUTE)
    expect(isOwnComment('h3')).toBe(false)
  })

  test('refused, its text stays on show and can no longer be changed; an ordinary one is forgotten', () => {
    rememberOwnComment('h1', own({ held: held('Un') }), NOW)
    rememberOwnComment('plain', own(), NOW)
    markHeldRefused('h1')
    markHeldRefused('plain')
    expect(stored()).toEqual({ h1: own({ held: held('Un'), refused: true }) })
    expect(ownComment('h1', NOW)).toBeNull()
    expect(heldCommentsOf('un-article').map(({ isRefused }) => isRefused)).toEqual([true])
  })

  test('a refused secret takes the controls away; a held comment stays on show', () => {
    rememberOwnComment('h1', own({ held: held('Un') }), NOW)
    rememberOwnComment('plain', own(), NOW)
    loseEditRights('h1')
    loseEditRights('plain')
    loseEditRights('inconnu')
    expect(stored()).toEqual({ h1: own({ held: held('Un'), editableUntil: 0 }) })
    expect(ownComment('h1', NOW)).toBeNull()
    expect(isHeldComment('h1')).toBe(true)
  })
})

describe('listening to own comments', () => {
  test('hears changes made here and in other tabs, until it stops listening', () => {
    const listener = vi.fn()
    const stop = subscribeToOwnComments(listener)
    rememberOwnComment('c1', own(), NOW)
    expect(listener).toHaveBeenCalledTimes(1)
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }))
    expect(listener).toHaveBeenCalledTimes(2)
    window.dispatchEvent(new StorageEvent('storage', { key: 'chronique:draft:x:article' }))
    expect(listener).toHaveBeenCalledTimes(2)
    stop()
    forgetOwnComment('c1')
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }))
    expect(listener).toHaveBeenCalledTimes(2)
  })
})
