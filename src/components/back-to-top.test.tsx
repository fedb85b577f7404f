import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { BackToTop } from './back-to-top'

function scrollTo(y: number) {
  act(() => {
    Object.defineProperty(window, 'scrollY', { value: y, configurable: true })
    window.dispatchEvent(new Event('scroll'))
  })
  // The component reads the position on the next animation frame.
  act(() => {
    vi.runOnlyPendingTimers()
  })
}

function renderBackToTop() {
  render(
    <>
      <a id="haut" href="#contenu">
        Aller au contenu
      </a>
      <BackToTop focusTargetId="haut" />
    </>,
  )
}

describe('BackToTop', () => {
  afterEach(() => {
    vi.useRealTimers()
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true })
  })

  test('is hidden on the first screen and appears after about one screen of scrolling', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] })
    renderBackToTop()
    expect(screen.queryByRole('button', { name: 'Retour en haut de la page' })).not.toBeInTheDocument()
    scrollTo(window.innerHeight * 0.5)
    expect(screen.queryByRole('button', { name: 'Retour en haut de la page' })).not.toBeInTheDocument()
    scrollTo(window.innerHeight * 1.5)
    expect(screen.getByRole('button', { name: 'Retour en haut de la page' })).toBeVisible()
  })

  test('scrolls smoothly to the top and moves focus there', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] })
    renderBackToTop()
    scrollTo(3000)
    vi.useRealTimers()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Retour en haut de la page' }))
    expect(window.scrollTo).toHaveBeenCalledWith({ top: 0, behavior: 'smooth' })
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toHaveFocus()
  })

  test('jumps without animation when the reader prefers reduced motion', async () => {
    vi.mocked(window.matchMedia).mockImplementation(
      (query) =>
        Object.assign(new EventTarget(), {
          matches: query.includes('reduce'),
          media: query,
          onchange: null,
        }) as MediaQueryList,
    )
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] })
    renderBackToTop()
    scrollTo(3000)
    vi.useRealTimers()
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retour en haut de la page' }))
    expect(window.scrollTo).toHaveBeenCalledWith({ top: 0, behavior: 'instant' })
  })
})
