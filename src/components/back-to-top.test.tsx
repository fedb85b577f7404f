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
    Object.defineProperty(document.documentElement, 'scrollHeight', { value: 0, configurable: true })
  })

  test('steps aside while the reader scrolls down the page, and is there once they stop in its last screen', () => {
    vi.useFakeTimers({
      toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'],
    })
    Object.defineProperty(document.documentElement, 'scrollHeight', {
      value: window.innerHeight * 10,
      configurable: true,
    })
    renderBackToTop()
    const button = () => screen.getByRole('button', { name: 'Retour en haut de la page', hidden: true })
    // Reading down the middle of the page: out of the way, even once the reader stops.
    scrollTo(window.innerHeight * 3)
    expect(button()).toHaveAttribute('data-visibility', 'tucked')
    act(() => {
      vi.advanceTimersByTime(200)
    })
    expect(button()).toHaveAttribute('data-visibility', 'tucked')
    // Reading down into the last screen: still out of the way while the page moves (a frame, not the
    // pause that says the reader stopped), there once it stops.
    act(() => {
      Object.defineProperty(window, 'scrollY', { value: window.innerHeight * 8.5, configurable: true })
      window.dispatchEvent(new Event('scroll'))
      vi.advanceTimersByTime(20)
    })
    expect(button()).toHaveAttribute('data-visibility', 'tucked')
    act(() => {
      vi.advanceTimersByTime(200)
    })
    expect(button()).toHaveAttribute('data-visibility', 'shown')
    // Scrolling back up: there at once.
    scrollTo(window.innerHeight * 4)
    expect(button()).toHaveAttribute('data-visibility', 'shown')
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
