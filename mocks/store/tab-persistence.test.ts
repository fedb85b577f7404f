/** A tab's changes as the browser's mock backend keeps them in sessionStorage. */
import { expect, test } from 'vitest'
import { db } from '../db'
import { reseed } from './db-state'
import { sessionStoragePersistence, TAB_STORAGE_KEY } from './tab-persistence'

const seedSlug = 'la-transformation-sociale-des-entreprises-le-quebec-toujours-en-gare'

function post(body: string) {
  return db.createComment({ articleSlug: seedSlug, parentId: null, authorName: 'Léa', body })
}

/** What a reload does: the seed again, then the tab's saved changes on top. */
function reload() {
  reseed()
  db.persistWith(sessionStoragePersistence())
}

test('a post, an edit, a rating and an idempotency key survive a reload, and new ids follow on', () => {
  db.persistWith(sessionStoragePersistence())
  const posted = post('Premier jet.')
  db.editComment(posted, 'Version revue.')
  db.rememberIdempotentPost('cle-1', { articleSlug: seedSlug, commentId: posted.id })
  const article = db.findArticle(seedSlug)!
  db.rate(article, 4)

  reload()

  expect(db.findComment(posted.id)).toEqual(posted)
  expect(db.findArticle(seedSlug)?.rating).toEqual({ average: 4, count: 1 })
  expect(db.idempotentPost('cle-1')).toEqual({ articleSlug: seedSlug, commentId: posted.id })
  const next = post('Encore.')
  expect(next.id > posted.id).toBe(true)
})

test('held comments and their approval, likes, reports, a replaced vote and a closed thread survive a reload', () => {
  db.persistWith(sessionStoragePersistence())
  const held = db.createComment(
    { articleSlug: seedSlug, parentId: null, authorName: 'Léa', body: 'Retenu.' },
    { held: true },
  )
  const [seedComment] = db.visibleComments(seedSlug)
  db.like(seedComment!, 'lecteur-1')
  db.report(seedComment!, 'lecteur-1', 'other', 'Hors sujet.')
  const article = db.findArticle(seedSlug)!
  db.rate(article, 2, 'lecteur-1')
  db.rate(article, 5, 'lecteur-1')
  db.closeThread(article)
  const refused = db.createComment(
    { articleSlug: seedSlug, parentId: null, authorName: 'Paul', body: 'Refusé.' },
    { held: true },
  )
  db.rejectComment(refused)

  reload()

  expect(db.findComment(held.id)?.status).toBe('pending')
  expect(db.findComment(refused.id)?.status).toBe('rejected')
  expect(db.likeCount(db.findComment(seedComment!.id)!)).toBe(1)
  expect(db.reportsOf(seedComment!.id)).toEqual([
    expect.objectContaining({ reason: 'other', note: 'Hors sujet.' }),
  ])
  expect(db.findArticle(seedSlug)).toMatchObject({ rating: { average: 5, count: 1 }, commentsOpen: false })
  db.approveComment(db.findComment(held.id)!)
  reload()
  expect(db.countComments(seedSlug)).toBe(2)
})

test('a reset forgets the saved changes', () => {
  db.persistWith(sessionStoragePersistence())
  const posted = post('Éphémère.')
  expect(sessionStorage.getItem(TAB_STORAGE_KEY)).toContain('Éphémère.')

  db.reset()
  reload()

  expect(sessionStorage.getItem(TAB_STORAGE_KEY)).toBeNull()
  expect(db.findComment(posted.id)).toBeUndefined()
})

test('an unreadable saved copy is ignored', () => {
  sessionStorage.setItem(TAB_STORAGE_KEY, '{pas du JSON')
  reload()
  expect(db.countComments(seedSlug)).toBe(1)
})
