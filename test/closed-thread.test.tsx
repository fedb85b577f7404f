/**
 * A closed thread (contract v1.1, `commentsOpen: false`): it reads as before, and where the form was
 * one notice says that comments are closed. A post that meets 403 `comments_closed` (the thread
 * closed while the reader wrote) loses no word: the text stays, offered to copy.
 */
import { act, screen, waitFor, within } from '@testing-library/react'
import { onlineManager } from '@tanstack/react-query'
import { describe, expect, test } from 'vitest'
import { db } from '../mocks/db'
import { articleQueries } from '@/features/articles/api/article-queries'
import { enCA } from '@/lib/i18n/en-ca'
import { writeComment, writeReply } from './comment-forms'
import { useMockScenario } from './mock-scenario'
import { reloadApp, renderApp, seedArticle } from './render-app'

const articleUrl = `/articles/${seedArticle.slug}`
const CLOSED = 'Les commentaires sont fermés pour cet article.'
const UNSENT =
  /^Votre texte n’a pas été publié\s:\sles commentaires ont été fermés pendant que vous écriviez\. Le voici, à copier si vous souhaitez le garder\.$/

function findThread(count: number) {
  return screen.findByRole('region', { name: `Commentaires (${count})`, busy: false })
}

function commentForm() {
  return screen.getByRole('form', { name: 'Ajouter un commentaire' })
}

/** The editors close the thread on the server, as in wp-admin. */
function editorsCloseTheThread() {
  act(() => db.closeThread(db.findArticle(seedArticle.slug)!))
}

describe('a closed thread', () => {
  test('reads as before; the form and every "Répondre" give way to one notice', async () => {
    useMockScenario('comments-closed')
    renderApp(articleUrl)
    const thread = await findThread(1)
    expect(within(thread).getByRole('article', { name: 'Sylvie Gagnon' })).toBeInTheDocument()
    expect(within(thread).getAllByText(CLOSED)).toHaveLength(1)
    expect(screen.queryByRole('form', { name: 'Ajouter un commentaire' })).not.toBeInTheDocument()
    expect(within(thread).queryByRole('button', { name: 'Répondre' })).not.toBeInTheDocument()
    // Still a thread to read and share.
    expect(
      within(thread).getByRole('button', { name: 'Copier le lien vers le commentaire de Sylvie Gagnon' }),
    ).toBeInTheDocument()
  })

  test('in English: "Comments are closed on this article."', async () => {
    useMockScenario('comments-closed')
    renderApp(articleUrl, { messages: enCA })
    const thread = await screen.findByRole('region', { name: 'Comments (1)', busy: false })
    expect(within(thread).getByText('Comments are closed on this article.')).toBeInTheDocument()
    expect(within(thread).queryByRole('button', { name: 'Reply' })).not.toBeInTheDocument()
  })
})

describe('closed while the reader writes', () => {
  test('the post is refused, the text kept and offered to copy, focus on it; it stays after a reload', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    await writeComment(user, 'Lucie', 'Mon avis, écrit avec soin.')
    editorsCloseTheThread()
    await user.click(within(commentForm()).getByRole('button', { name: 'Publier le commentaire' }))

    const thread = await findThread(1)
    expect(await within(thread).findByText(CLOSED)).toBeInTheDocument()
    expect(within(thread).getByText(UNSENT)).toBeInTheDocument()
    const kept = within(thread).getByRole('textbox', { name: 'Votre texte non publié' })
    expect(kept).toHaveValue('Mon avis, écrit avec soin.')
    expect(kept).toHaveAttribute('readonly')
    expect(kept).toHaveAccessibleDescription(UNSENT)
    await waitFor(() => expect(kept).toHaveFocus())
    expect(
      await screen.findByText(
        /^Les commentaires sont fermés pour cet article\. Votre texte n’a pas été publié/,
        {
          selector: '[aria-live=polite]',
        },
      ),
    ).toBeInTheDocument()
    expect(screen.queryByRole('form', { name: 'Ajouter un commentaire' })).not.toBeInTheDocument()
    expect(within(thread).queryByRole('button', { name: 'Répondre' })).not.toBeInTheDocument()
    expect(within(thread).queryByRole('article', { name: 'Lucie' })).not.toBeInTheDocument()

    reloadApp(articleUrl)
    const reloaded = await findThread(1)
    expect(within(reloaded).getByRole('textbox', { name: 'Votre texte non publié' })).toHaveValue(
      'Mon avis, écrit avec soin.',
    )
    // Not after a reload: focus is the page's, not the thread's.
    expect(within(reloaded).getByRole('textbox', { name: 'Votre texte non publié' })).not.toHaveFocus()

    await user.click(within(reloaded).getByRole('button', { name: 'Copier le texte' }))
    expect(await navigator.clipboard.readText()).toBe('Mon avis, écrit avec soin.')
    await user.click(within(reloaded).getByRole('button', { name: 'Effacer ce texte' }))
    expect(
      within(reloaded).queryByRole('textbox', { name: 'Votre texte non publié' }),
    ).not.toBeInTheDocument()
    expect(within(reloaded).getByText(CLOSED)).toHaveFocus()
  })

  test('a reply refused the same way is kept too, where the form was', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    const form = await writeReply(user, 'Sylvie Gagnon', 'Marc', 'Ma réponse, trop tard.')
    editorsCloseTheThread()
    await user.click(within(form).getByRole('button', { name: 'Publier la réponse' }))

    const thread = await findThread(1)
    const kept = await within(thread).findByRole('textbox', { name: 'Votre texte non publié' })
    expect(kept).toHaveValue('Ma réponse, trop tard.')
    await waitFor(() => expect(kept).toHaveFocus())
    expect(screen.queryByRole('form', { name: 'Répondre à Sylvie Gagnon' })).not.toBeInTheDocument()
    expect(within(thread).getAllByText(CLOSED)).toHaveLength(1)
  })

  test('a post that waited offline and meets the closed thread comes back to copy', async () => {
    const { user } = renderApp(articleUrl)
    await findThread(1)
    act(() => onlineManager.setOnline(false))
    try {
      await writeComment(user, 'Métro', 'Écrit hors ligne.')
      await user.click(within(commentForm()).getByRole('button', { name: 'Publier le commentaire' }))
      expect(await screen.findByRole('article', { busy: true })).toHaveTextContent('En attente de connexion')
      editorsCloseTheThread()
    } finally {
      act(() => onlineManager.setOnline(true))
    }
    const thread = await findThread(1)
    expect(await within(thread).findByRole('textbox', { name: 'Votre texte non publié' })).toHaveValue(
      'Écrit hors ligne.',
    )
    expect(within(thread).queryByRole('article', { busy: true })).not.toBeInTheDocument()
    expect(within(thread).getAllByText(CLOSED)).toHaveLength(1)
  })

  test('the article coming back closed replaces the form, and the text being typed stays', async () => {
    const { user, queryClient } = renderApp(articleUrl)
    await findThread(1)
    await writeComment(user, 'Lucie', 'Presque fini')
    editorsCloseTheThread()
    await act(() =>
      queryClient.refetchQueries({ queryKey: articleQueries.detail(seedArticle.slug).queryKey }),
    )

    const thread = await findThread(1)
    expect(await within(thread).findByText(CLOSED)).toBeInTheDocument()
    const kept = within(thread).getByRole('textbox', { name: 'Votre texte non publié' })
    expect(kept).toHaveValue('Presque fini')
    await waitFor(() => expect(kept).toHaveFocus())
    expect(screen.queryByRole('form', { name: 'Ajouter un commentaire' })).not.toBeInTheDocument()
  })
})
