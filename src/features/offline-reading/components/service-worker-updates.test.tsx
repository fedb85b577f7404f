import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { LiveAnnouncer } from '@/components/live-announcer'
import { registerServiceWorker, type ServiceWorkerCallbacks } from '../lib/register-service-worker'
import { ServiceWorkerUpdates } from './service-worker-updates'

// The browser's side (workbox-window, the worker) is exercised by e2e/offline-reading.spec.ts.
vi.mock('../lib/register-service-worker', () => ({ registerServiceWorker: vi.fn() }))

const update = vi.fn()
const stop = vi.fn()
let callbacks: ServiceWorkerCallbacks | undefined

beforeEach(() => {
  vi.clearAllMocks()
  callbacks = undefined
  vi.mocked(registerServiceWorker).mockImplementation((given) => {
    callbacks = given
    return { update, stop }
  })
})

/** The registration code loads on its own (a dynamic import): wait until it has run. */
async function renderWithAReader() {
  const view = render(
    <LiveAnnouncer>
      <main tabIndex={-1}>
        <button type="button">Lire la suite</button>
      </main>
      <ServiceWorkerUpdates />
    </LiveAnnouncer>,
  )
  await waitFor(() => expect(registerServiceWorker).toHaveBeenCalledTimes(1))
  return view
}

function newVersionWaits() {
  act(() => callbacks?.onUpdateWaiting())
}

const prompt = () => screen.queryByRole('region', { name: 'Nouvelle version disponible' })

describe('the "Nouvelle version disponible" notice', () => {
  test('appears only once a new version waits, is announced politely, and leaves focus alone', async () => {
    await renderWithAReader()
    const reading = screen.getByRole('button', { name: 'Lire la suite' })
    reading.focus()
    expect(prompt()).not.toBeInTheDocument()

    newVersionWaits()
    expect(prompt()).toBeVisible()
    expect(prompt()).toHaveTextContent('vos brouillons de commentaires sont conservés')
    expect(reading).toHaveFocus()
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Nouvelle version de Chronique disponible.'),
    )
  })

  test('"Mettre à jour" switches to the new version, once', async () => {
    const user = userEvent.setup()
    await renderWithAReader()
    newVersionWaits()
    await user.click(screen.getByRole('button', { name: 'Mettre à jour' }))
    const button = screen.getByRole('button', { name: 'Mise à jour…' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    await user.click(button)
    expect(update).toHaveBeenCalledTimes(1)
  })

  test('"Plus tard" closes it from the keyboard and puts focus back where the reader was', async () => {
    const user = userEvent.setup()
    await renderWithAReader()
    screen.getByRole('button', { name: 'Lire la suite' }).focus()
    newVersionWaits()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Mettre à jour' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('button', { name: 'Plus tard' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(prompt()).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Lire la suite' })).toHaveFocus()
    expect(update).not.toHaveBeenCalled()
  })

  test('Escape closes it too, and a later version is offered again', async () => {
    const user = userEvent.setup()
    await renderWithAReader()
    newVersionWaits()
    await user.click(screen.getByRole('button', { name: 'Plus tard' }))
    expect(prompt()).not.toBeInTheDocument()

    newVersionWaits()
    screen.getByRole('button', { name: 'Mettre à jour' }).focus()
    await user.keyboard('{Escape}')
    expect(prompt()).not.toBeInTheDocument()
    // Focus came from nowhere on the page: it goes to the main content, never to <body>.
    expect(screen.getByRole('main')).toHaveFocus()
  })

  test('stops checking for versions when it goes away', async () => {
    const { unmount } = await renderWithAReader()
    unmount()
    expect(stop).toHaveBeenCalledTimes(1)
  })
})
