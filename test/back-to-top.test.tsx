/**
 * "Retour en haut de la page" as the app wires it (the component alone is tested beside it): where it
 * takes the reader, and where keyboard and screen reader users land. jsdom has no layout: the page's
 * scroll position is set by hand; scrolling itself is checked in Chromium (e2e).
 */
import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, test } from 'vitest'
import { renderApp, seedArticle } from './render-app'

function scrollPageTo(y: number) {
  act(() => {
    Object.defineProperty(window, 'scrollY', { value: y, configurable: true })
    window.dispatchEvent(new Event('scroll'))
  })
}

afterEach(() => {
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true })
})

describe('back to the top, in the app', () => {
  test('after a long scroll down an article, takes the reader to the top, focus on the first link of the page', async () => {
    const { user } = renderApp(`/articles/${seedArticle.slug}`)
    await screen.findByRole('heading', { level: 1, name: seedArticle.title })
    scrollPageTo(4000)
    const button = await screen.findByRole('button', { name: 'Retour en haut de la page' })

    await user.click(button)
    expect(window.scrollTo).toHaveBeenLastCalledWith({ top: 0, behavior: 'smooth' })
    // The skip link: the first thing of the page, as a screen reader or the Tab key meets it.
    const skipLink = screen.getByRole('link', { name: 'Aller au contenu' })
    expect(skipLink).toHaveFocus()
    expect(skipLink).toHaveAttribute('href', '#contenu')
    // The next Tab goes on from the top: the site's name, back to the home page.
    await user.tab()
    expect(screen.getByRole('link', { name: /^Chronique/ })).toHaveFocus()
  })

  test('appears once the reader has scrolled a screen, and goes on the first screen', async () => {
    renderApp('/')
    await screen.findByRole('heading', { level: 1 })
    scrollPageTo(4000)
    expect(await screen.findByRole('button', { name: 'Retour en haut de la page' })).toBeVisible()
    scrollPageTo(0)
    await expect
      .poll(() => screen.queryByRole('button', { name: 'Retour en haut de la page' }))
      .not.toBeInTheDocument()
  })
})
