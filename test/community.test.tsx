/**
 * Readers among themselves (contract v1.2): "J'aime", "Les plus appréciés", "Signaler", the editors'
 * picks and the badges the site gives, as a reader sees them.
 */
import { act, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { loadMessages } from '@/lib/i18n/locale'
import { db } from '../mocks/db'
import { writeComment } from './comment-forms'
import { useMockScenario } from './mock-scenario'
import { reloadApp, renderApp, seedArticle } from './render-app'
import { busiestArticle, topLevelComments } from './seed-lookup'

const articleUrl = `/articles/${seedArticle.slug}`
const LIKE = /^J’aime, (\d+)$/

async function findThread() {
  return screen.findByRole('region', { name: /^Commentaires \(\d+\)$/, busy: false }, { timeout: 5000 })
}

function likeButton(comment: HTMLElement) {
  return within(comment).getByRole('button', { name: LIKE })
}

/** The count a screen reader hears in the button's name ("J’aime, 3"). */
function likesOf(comment: HTMLElement): number {
  const name = likeButton(comment).getAttribute('aria-label')
  return Number(LIKE.exec(name ?? '')?.[1])
}

/** The featured scenario's article: the newest, and its author's name (a reader may borrow it). */
function featuredArticle() {
  const article = db.articlesNewestFirst()[0]!
  return { url: `/articles/${article.slug}`, authorName: db.findAuthor(article.authorSlug)!.name }
}

describe('J’aime', () => {
  test('counts at once, stays pressed after a reload, and can be taken back', async () => {
    const { user } = renderApp(articleUrl)
    await findThread()
    const comment = screen.getByRole('article', { name: 'Sylvie Gagnon' })
    const before = likesOf(comment)
    expect(likeButton(comment)).toHaveAttribute('aria-pressed', 'false')

    await user.click(likeButton(comment))
    expect(likeButton(comment)).toHaveAccessibleName(`J’aime, ${before + 1}`)
    expect(likeButton(comment)).toHaveAttribute('aria-pressed', 'true')

    reloadApp(articleUrl)
    await findThread()
    const again = screen.getByRole('article', { name: 'Sylvie Gagnon' })
    expect(likeButton(again)).toHaveAccessibleName(`J’aime, ${before + 1}`)
    expect(likeButton(again)).toHaveAttribute('aria-pressed', 'true')

    await user.click(likeButton(again))
    await waitFor(() => expect(likeButton(again)).toHaveAttribute('aria-pressed', 'false'))
    expect(likeButton(again)).toHaveAccessibleName(`J’aime, ${before}`)
  })

  test('puts the count back and says so when the server fails', async () => {
    useMockScenario('likes-error')
    const { user } = renderApp(articleUrl)
    await findThread()
    const comment = screen.getByRole('article', { name: 'Sylvie Gagnon' })
    const before = likesOf(comment)

    await user.click(likeButton(comment))
    expect(await within(comment).findByRole('alert')).toHaveTextContent(
      'Votre « J’aime » n’a pas été enregistré. Le serveur a rencontré une erreur. Réessayez dans un instant.',
    )
    expect(likeButton(comment)).toHaveAccessibleName(`J’aime, ${before}`)
    expect(likeButton(comment)).toHaveAttribute('aria-pressed', 'false')

    reloadApp(articleUrl)
    await findThread()
    expect(likeButton(screen.getByRole('article', { name: 'Sylvie Gagnon' }))).toHaveAttribute(
      'aria-pressed',
      'false',
    )
  })

  test('is never offered on one’s own comment, nor is "Signaler", even after a reload', async () => {
    const { user } = renderApp(articleUrl)
    await findThread()
    const form = await writeComment(user, 'Moi-même', 'Mon propre avis')
    await user.click(within(form).getByRole('button', { name: 'Publier le commentaire' }))
    const mine = await screen.findByRole('article', { name: 'Moi-même' })
    expect(within(mine).queryByRole('button', { name: LIKE })).not.toBeInTheDocument()
    expect(within(mine).queryByRole('button', { name: 'Signaler' })).not.toBeInTheDocument()

    reloadApp(articleUrl)
    const again = await screen.findByRole('article', { name: 'Moi-même' }, { timeout: 5000 })
    expect(within(again).getByRole('button', { name: 'Répondre' })).toBeInTheDocument()
    expect(within(again).queryByRole('button', { name: LIKE })).not.toBeInTheDocument()
    expect(within(again).queryByRole('button', { name: 'Signaler' })).not.toBeInTheDocument()
  })
})

describe('J’aime, live', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  test('another reader’s like shows with the next poll, in place, and is no news', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] })
    renderApp(articleUrl)
    await findThread()
    const comment = screen.getByRole('article', { name: 'Sylvie Gagnon' })
    const before = likesOf(comment)
    const id = comment.id.replace('commentaire-', '')
    await act(async () => {
      await fetch(`http://localhost:3000/api/comments/${id}/likes`, {
        method: 'POST',
        headers: { 'Reader-Key': crypto.randomUUID() },
      })
    })
    // The poll waits 15 s: jump the clock instead of waiting.
    act(() => {
      vi.advanceTimersByTime(15_500)
    })
    await waitFor(() => expect(likeButton(comment)).toHaveAccessibleName(`J’aime, ${before + 1}`))
    expect(likeButton(comment)).toHaveAttribute('aria-pressed', 'false')
    expect(screen.queryByRole('button', { name: /nouveaux? commentaires?$/ })).not.toBeInTheDocument()
  })
})

describe('Les plus appréciés', () => {
  test('puts the most liked comment first, with the order in the URL', async () => {
    const article = busiestArticle()
    const { user } = renderApp(`/articles/${article.slug}`)
    const thread = await findThread()
    const sort = within(thread).getByRole('group', { name: 'Trier les commentaires' })
    await user.click(within(sort).getByRole('button', { name: 'Les plus appréciés' }))
    expect(window.location.search).toBe('?tri=apprecies')

    const mostLiked = topLevelComments(article.slug).toSorted((a, b) => b.likeCount - a.likeCount)[0]!
    await expect
      .poll(() => within(thread).getAllByRole('article')[0]?.id, { timeout: 8000 })
      .toBe(`commentaire-${mostLiked.id}`)
    const [first] = within(thread).getAllByRole('article')
    expect(likesOf(first!)).toBe(mostLiked.likeCount)
    expect(within(sort).getByRole('button', { name: 'Les plus appréciés' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )

    reloadApp(`/articles/${article.slug}?tri=apprecies`)
    const reloaded = await findThread()
    expect(within(reloaded).getByRole('button', { name: 'Les plus appréciés' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(within(reloaded).getAllByRole('article')[0]).toHaveAttribute('id', `commentaire-${mostLiked.id}`)
  })
})

describe('Signaler', () => {
  async function openReport(user: ReturnType<typeof renderApp>['user']) {
    await findThread()
    const comment = screen.getByRole('article', { name: 'Sylvie Gagnon' })
    await user.click(within(comment).getByRole('button', { name: 'Signaler' }))
    return { comment, dialog: screen.getByRole('dialog', { name: 'Signaler ce commentaire' }) }
  }

  test('asks for a reason, details for "Autre", keeps what was typed, then thanks', async () => {
    const { user } = renderApp(articleUrl)
    const { comment, dialog } = await openReport(user)
    expect(within(dialog).getByRole('radio', { name: 'Spam' })).toHaveFocus()
    const send = within(dialog).getByRole('button', { name: 'Envoyer le signalement' })

    await user.click(send)
    expect(within(dialog).getByRole('group', { name: 'Motif du signalement' })).toHaveAccessibleDescription(
      'Choisissez un motif.',
    )

    await user.click(within(dialog).getByRole('radio', { name: 'Autre' }))
    await user.click(send)
    const details = within(dialog).getByRole('textbox', { name: 'Précisions' })
    expect(details).toHaveFocus()
    expect(details).toHaveAccessibleDescription(/Pour «\sAutre\s», précisez le motif du signalement\./)

    await user.click(details)
    await user.paste('x'.repeat(501))
    expect(details).toHaveAccessibleDescription(
      /Les précisions ne peuvent dépasser 500 caractères \(elles en comptent 501\)\./,
    )

    // Closed and opened again: nothing chosen or typed is lost.
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }))
    expect(dialog).not.toBeVisible()
    await user.click(within(comment).getByRole('button', { name: 'Signaler' }))
    expect(within(dialog).getByRole('radio', { name: 'Autre' })).toBeChecked()
    expect(details).toHaveValue('x'.repeat(501))

    await user.clear(details)
    await user.type(details, 'Publicité déguisée')
    await user.click(send)
    expect(
      await within(dialog).findByText('Merci. L’équipe de modération examinera ce commentaire.'),
    ).toBeVisible()
    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }))
    const reported = within(comment).getByRole('button', { name: 'Signalé' })
    expect(reported).toHaveAttribute('aria-disabled', 'true')
    expect(reported).toHaveFocus()
    // Reporting never hides the comment.
    expect(within(comment).getByText(/Dans ma région, plusieurs PME hésitent encore/)).toBeVisible()

    reloadApp(articleUrl)
    await findThread()
    const again = screen.getByRole('article', { name: 'Sylvie Gagnon' })
    expect(within(again).getByRole('button', { name: 'Signalé' })).toHaveAttribute('aria-disabled', 'true')
  })

  test('says plainly when reporting is possible again after a 429', async () => {
    useMockScenario('report-rate-limited')
    const { user } = renderApp(articleUrl)
    const { comment, dialog } = await openReport(user)
    await user.click(within(dialog).getByRole('radio', { name: 'Hors sujet' }))
    await user.click(within(dialog).getByRole('button', { name: 'Envoyer le signalement' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Vous avez envoyé plusieurs signalements en peu de temps. Vous pourrez signaler de nouveau dans 1 minute.',
    )
    expect(within(dialog).getByRole('radio', { name: 'Hors sujet' })).toBeChecked()
    await user.keyboard('{Escape}')
    expect(within(comment).getByRole('button', { name: 'Signaler' })).not.toHaveAttribute('aria-disabled')
  })
})

describe('Choix de la rédaction', () => {
  test('lists the picks above the thread, each marked in the thread too', async () => {
    useMockScenario('featured')
    renderApp(featuredArticle().url)
    const thread = await findThread()
    const picks = within(thread).getByRole('region', { name: 'Choix de la rédaction' })
    const items = within(picks).getAllByRole('listitem')
    expect(items).toHaveLength(3)
    expect(items[0]).toHaveTextContent(/^Marie-Claude Vachon/)
    expect(items[1]).toHaveTextContent(/^Hugo Bernier/)
    expect(items[2]).toHaveTextContent(/^Amina Diallo/)
    expect(within(items[0]!).getByText(/Je dirige une PME de 40 employés en Mauricie/)).toBeVisible()
    expect(within(items[0]!).getByRole('time')).toHaveAttribute('datetime')
    const inThread = screen.getByRole('article', { name: 'Hugo Bernier' })
    expect(within(inThread).getByText('Choix de la rédaction')).toBeVisible()
    const notPicked = screen.getByRole('article', { name: 'Rédaction' })
    expect(within(notPicked).queryByText('Choix de la rédaction')).not.toBeInTheDocument()
  })

  test('links to the pick’s place in the thread, loading pages until it is there', async () => {
    const article = busiestArticle()
    // On the third page of the thread, oldest first (20 top-level comments a page).
    const pick = topLevelComments(article.slug)[45]!
    db.featureComment(pick, true)
    const { user } = renderApp(`/articles/${article.slug}`)
    const thread = await findThread()
    const picks = within(thread).getByRole('region', { name: 'Choix de la rédaction' })
    await user.click(
      within(picks).getByRole('link', {
        name: `Voir dans la discussion\u00a0: commentaire de ${pick.authorName}`,
      }),
    )
    expect(window.location.hash).toBe(`#commentaire-${pick.id}`)
    // What has focus is checked directly: querying 60 comments by name at each retry is slow in jsdom.
    /* eslint-disable testing-library/no-node-access */
    const focused = () => document.activeElement
    await waitFor(() => expect(focused()).toHaveAttribute('id', `commentaire-${pick.id}`), {
      timeout: 8000,
    })
    expect(focused()).toHaveAccessibleName(pick.authorName)
    expect(focused()).toHaveTextContent('Choix de la rédaction')
    /* eslint-enable testing-library/no-node-access */
  }, 15_000)
})

describe('badges', () => {
  test('come from the site only: a reader who signs "Rédaction" or the author’s name gets none', async () => {
    useMockScenario('featured')
    const { authorName, url } = featuredArticle()
    renderApp(url)
    await findThread()
    const editor = screen.getByRole('article', { name: 'Josée Tremblay' })
    expect(within(editor).getByText('Rédaction')).toHaveAttribute('title', 'Un membre de la rédaction')
    const [author, namesake] = screen.getAllByRole('article', { name: authorName })
    expect(within(author!).getByText('Auteur')).toHaveAttribute('title', 'L’auteur de l’article')
    expect(within(namesake!).queryByText('Auteur')).not.toBeInTheDocument()
    // The only "Rédaction" in the spoofer's comment is the name they typed.
    const spoofer = screen.getByRole('article', { name: 'Rédaction' })
    expect(within(spoofer).getAllByText('Rédaction')).toHaveLength(1)
    expect(within(spoofer).queryByTitle('Un membre de la rédaction')).not.toBeInTheDocument()
  })
})

describe('in English', () => {
  test('every word of it is translated', async () => {
    const { user } = renderApp(articleUrl, { messages: await loadMessages('en-CA') })
    const thread = await screen.findByRole('region', { name: 'Comments (1)', busy: false }, { timeout: 5000 })
    const comment = within(thread).getByRole('article', { name: 'Sylvie Gagnon' })
    expect(within(comment).getByRole('button', { name: /^Like, \d+$/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    await user.click(within(comment).getByRole('button', { name: 'Report' }))
    const dialog = screen.getByRole('dialog', { name: 'Report this comment' })
    expect(
      within(dialog)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['spam', 'abuse', 'off_topic', 'other'])
    expect(within(dialog).getByRole('radio', { name: 'Abusive or hateful' })).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Send the report' }))
    expect(within(dialog).getByRole('group', { name: 'Reason for reporting' })).toHaveAccessibleDescription(
      'Choose a reason.',
    )
    await user.click(within(dialog).getByRole('radio', { name: 'Spam or advertising' }))
    await user.click(within(dialog).getByRole('button', { name: 'Send the report' }))
    expect(
      await within(dialog).findByText('Thank you. The moderation team will review this comment.'),
    ).toBeVisible()
  })
})
