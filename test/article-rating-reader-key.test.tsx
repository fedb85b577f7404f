/**
 * One vote per device (contract v1.2): the rating goes out with this browser's reader key, so a
 * second vote replaces the first, and the widget says "Votre note : N sur 5" from then on.
 */
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, onTestFinished, test } from 'vitest'
import { server } from '../mocks/node'
import { enCA } from '@/lib/i18n/en-ca'
import { reloadApp, renderApp, seedArticle } from './render-app'

const articleUrl = `/articles/${seedArticle.slug}`
const QUESTION = /^Qu’avez-vous pensé de cet article\s\?$/

/** The Reader-Key header of every rating the app sends, as the server receives them. */
function logReaderKeys() {
  const keys: (string | null)[] = []
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/ratings'))
      keys.push(request.headers.get('Reader-Key'))
  }
  server.events.on('request:start', listener)
  onTestFinished(() => {
    server.events.removeListener('request:start', listener)
  })
  return keys
}

async function vote(user: ReturnType<typeof renderApp>['user'], stars: number) {
  const group = await screen.findByRole('group', { name: QUESTION })
  await user.click(within(group).getByRole('radio', { name: new RegExp(`^${stars}\\sétoiles?$`) }))
  await user.click(screen.getByRole('button', { name: 'Envoyer ma note' }))
}

describe('a vote counts once per device', () => {
  test('a second vote replaces the first; the widget says "Votre note" and remembers it', async () => {
    const keys = logReaderKeys()
    const { user } = renderApp(articleUrl)
    await vote(user, 4)
    expect(await screen.findByText('Merci ! Vous avez donné 4 étoiles')).toBeInTheDocument()
    expect(screen.getByText(/^Votre note\s:\s4 sur 5$/)).toBeInTheDocument()
    expect(screen.getAllByText('Note moyenne : 4,0 sur 5, 1 évaluation')[0]).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Modifier ma note' })).toHaveFocus())

    await user.click(screen.getByRole('button', { name: 'Modifier ma note' }))
    const group = screen.getByRole('group', { name: QUESTION })
    // The form opens on the reader's vote, focus on it.
    expect(within(group).getByRole('radio', { name: /^4\sétoiles$/ })).toBeChecked()
    expect(within(group).getByRole('radio', { name: /^4\sétoiles$/ })).toHaveFocus()
    await vote(user, 2)
    expect(await screen.findByText('Merci ! Vous avez donné 2 étoiles')).toBeInTheDocument()
    expect(screen.getByText(/^Votre note\s:\s2 sur 5$/)).toBeInTheDocument()
    // Replaced, not added: still one vote, now of 2.
    expect(screen.getAllByText('Note moyenne : 2,0 sur 5, 1 évaluation')[0]).toBeInTheDocument()

    // Both votes carried the same key: a UUID, kept on the device.
    expect(keys).toHaveLength(2)
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(keys[1]).toBe(keys[0])
    expect(localStorage.getItem('chronique:reader-key')).toBe(keys[0])

    reloadApp(articleUrl)
    expect(await screen.findByText(/^Votre note\s:\s2 sur 5$/)).toBeInTheDocument()
    expect(screen.queryByText(/^Merci\s!\sVous avez donné/)).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Modifier ma note' })).toBeInTheDocument()
  })

  test('changing one’s mind about changing keeps the vote, focus back on "Modifier ma note"', async () => {
    const keys = logReaderKeys()
    const { user } = renderApp(articleUrl)
    await vote(user, 5)
    await user.click(await screen.findByRole('button', { name: 'Modifier ma note' }))
    const group = screen.getByRole('group', { name: QUESTION })
    await user.click(within(group).getByRole('radio', { name: /^1\sétoile$/ }))
    await user.click(screen.getByRole('button', { name: 'Annuler' }))
    expect(screen.getByText(/^Votre note\s:\s5 sur 5$/)).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Modifier ma note' })).toHaveFocus())
    expect(keys).toHaveLength(1)
  })

  test('in English: "Your rating: 3 out of 5" and "Change my rating"', async () => {
    const { user } = renderApp(articleUrl, { messages: enCA })
    const group = await screen.findByRole('group', { name: 'What did you think of this article?' })
    await user.click(within(group).getByRole('radio', { name: /^3\sstars$/ }))
    await user.click(screen.getByRole('button', { name: 'Send my rating' }))
    expect(await screen.findByText('Your rating: 3 out of 5')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Change my rating' })).toBeInTheDocument()
  })
})
