import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { db } from '../db'
import { QaPanel } from './qa-panel'

const seedSlug = 'la-transformation-sociale-des-entreprises-le-quebec-toujours-en-gare'

function clearCookies() {
  for (const name of [
    'chronique-mock-scenario',
    'chronique-mock-latency',
    'chronique-mock-rules',
    'chronique-mock-clock',
  ]) {
    document.cookie = `${name}=; Path=/; Max-Age=0`
  }
}

describe('the QA panel', () => {
  afterEach(clearCookies)

  test('is a collapsed button that opens a labelled panel, and closes with Escape back to the button', async () => {
    const user = userEvent.setup()
    render(<QaPanel serverMode="service-worker" reload={vi.fn()} />)
    const toggle = screen.getByRole('button', { name: 'Outils QA, scénario : default' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    await user.click(toggle)
    const panel = screen.getByRole('dialog', { name: 'Outils QA (développement)' })
    expect(panel).toHaveFocus()
    expect(within(panel).getByText('API simulée par le service worker.')).toBeInTheDocument()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(toggle).toHaveFocus()
  })

  test('applies scenarios, latency, a rule and a frozen clock to the session, then reloads', async () => {
    const user = userEvent.setup()
    const reload = vi.fn()
    render(<QaPanel serverMode="dev-server" reload={reload} />)
    await user.click(screen.getByRole('button', { name: /^Outils QA/ }))
    const panel = screen.getByRole('dialog')
    await user.click(within(panel).getByRole('checkbox', { name: 'slow' }))
    await user.click(within(panel).getByRole('checkbox', { name: 'comments-error' }))
    await user.type(within(panel).getByRole('spinbutton', { name: /Latence/ }), '700')
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Méthode' }), 'POST')
    await user.type(within(panel).getByRole('textbox', { name: 'Chemin' }), '/articles/*/comments')
    await user.type(within(panel).getByRole('textbox', { name: 'Réponse' }), '503')
    await user.type(within(panel).getByRole('spinbutton', { name: 'Délai (ms)' }), '3000')
    await user.click(within(panel).getByRole('button', { name: 'Ajouter la règle' }))
    expect(within(panel).getByText('POST /articles/*/comments 503 3000')).toBeInTheDocument()
    await user.click(within(panel).getByRole('checkbox', { name: 'Figer l’horloge' }))
    await user.click(within(panel).getByRole('button', { name: 'Appliquer et recharger' }))

    expect(reload).toHaveBeenCalledOnce()
    expect(document.cookie).toContain('chronique-mock-scenario=slow%2Ccomments-error')
    expect(document.cookie).toContain('chronique-mock-latency=700')
    expect(document.cookie).toContain(
      `chronique-mock-rules=${encodeURIComponent('POST /articles/*/comments 503 3000')}`,
    )
    expect(document.cookie).toMatch(/chronique-mock-clock=\d{4}-/)
  })

  test('says what is wrong with a rule it cannot use', async () => {
    const user = userEvent.setup()
    render(<QaPanel serverMode="service-worker" reload={vi.fn()} />)
    await user.click(screen.getByRole('button', { name: /^Outils QA/ }))
    await user.type(screen.getByRole('textbox', { name: 'Chemin' }), 'sans-barre')
    await user.click(screen.getByRole('button', { name: 'Ajouter la règle' }))
    expect(screen.getByRole('alert')).toHaveTextContent('Règle invalide')
  })

  test('copies the debug info: route, scenario, API calls, drafts', async () => {
    const user = userEvent.setup()
    document.cookie = 'chronique-mock-scenario=slow; Path=/'
    localStorage.setItem(
      'chronique:draft:un-article:article',
      JSON.stringify({ body: 'brouillon', pending: null, failed: null }),
    )
    const writeText = vi.fn((_text: string) => Promise.resolve())
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    window.history.replaceState(null, '', '/articles/un-article?tri=recents')
    render(<QaPanel serverMode="service-worker" reload={vi.fn()} />)
    await user.click(screen.getByRole('button', { name: 'Outils QA, scénario : slow' }))
    await user.click(screen.getByRole('button', { name: 'Copier les infos de débogage' }))
    expect(await screen.findByText('Infos de débogage copiées.')).toBeInTheDocument()
    const info = JSON.parse(writeText.mock.calls[0]![0]) as Record<string, unknown>
    expect(info).toMatchObject({
      app: 'Chronique',
      route: '/articles/un-article?tri=recents',
      mock: { scenarios: ['slow'], serverMode: 'service-worker' },
      drafts: { 'un-article:article': { body: 'brouillon' } },
      apiCalls: [],
      pendingPosts: [],
    })
    expect(info.version).toEqual(expect.any(String))
  })

  test('lists the comments held for moderation, and approves or refuses each as an editor would', async () => {
    const user = userEvent.setup()
    const hold = (authorName: string, body: string) =>
      db.createComment({ articleSlug: seedSlug, parentId: null, authorName, body }, { held: true })
    const first = hold('Léa', 'En attente.')
    const second = hold('Paul', 'Refusez-moi.')
    render(<QaPanel serverMode="service-worker" reload={vi.fn()} />)
    await user.click(screen.getByRole('button', { name: /^Outils QA/ }))
    const held = screen.getByRole('group', { name: 'Commentaires en attente de modération' })
    const [lea, paul] = await within(held).findAllByRole('listitem')
    expect(lea).toHaveTextContent('En attente.')
    await user.click(within(lea!).getByRole('button', { name: 'Approuver' }))
    expect(
      await screen.findByText('Commentaire de Léa approuvé : il arrive dans le fil.'),
    ).toBeInTheDocument()
    expect(db.findComment(first.id)?.status).toBe('published')
    await user.click(within(paul!).getByRole('button', { name: 'Refuser' }))
    expect(await screen.findByText('Commentaire de Paul refusé : personne ne le verra.')).toBeInTheDocument()
    expect(db.findComment(second.id)?.status).toBe('rejected')
    expect(within(held).getByText(/Aucun commentaire en attente/)).toBeInTheDocument()
  })
})
