import { screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import { findPageHeading, renderApp, seedArticle } from './render-app'

describe('the author page', () => {
  test('shows the author’s bio and their articles', async () => {
    renderApp('/auteurs/raymond-morin')
    await findPageHeading('Raymond Morin')
    expect(document.title).toBe('Raymond Morin — Chronique')
    expect(screen.getByText('Consultant senior Stratégies Web/médias sociaux')).toBeInTheDocument()
    const articles = await screen.findByRole('region', { name: 'Articles de Raymond Morin' })
    const cards = await within(articles).findAllByRole('article')
    expect(cards.length).toBeGreaterThanOrEqual(1)
    for (const card of cards) expect(within(card).getByText('Par Raymond Morin')).toBeInTheDocument()
    expect(within(articles).getByRole('link', { name: seedArticle.title })).toBeInTheDocument()
  })

  test('is reached from the article’s byline', async () => {
    const { user } = renderApp(`/articles/${seedArticle.slug}`)
    await findPageHeading(seedArticle.title)
    const [bylineLink] = screen.getAllByRole('link', { name: 'Raymond Morin' })
    await user.click(bylineLink!)
    expect(await findPageHeading('Raymond Morin')).toHaveFocus()
  })

  test('says when the author does not exist', async () => {
    renderApp('/auteurs/personne')
    await findPageHeading('Auteur introuvable')
    expect(screen.getByRole('link', { name: 'Retour à l’accueil' })).toHaveAttribute('href', '/')
  })
})

describe('unknown addresses', () => {
  test('show a not-found page with a link home that works', async () => {
    const { user } = renderApp('/cette/page/nexiste/pas')
    await findPageHeading('Page introuvable')
    expect(document.title).toBe('Page introuvable — Chronique')
    await user.click(screen.getByRole('link', { name: 'Retour à l’accueil' }))
    expect(
      await findPageHeading('Chronique Le meilleur des magazines en ligne, à lire et à commenter'),
    ).toHaveFocus()
  })
})

describe('the skip link', () => {
  test('moves focus to the main content', async () => {
    const { user } = renderApp('/')
    await findPageHeading('Chronique Le meilleur des magazines en ligne, à lire et à commenter')
    await user.tab()
    const skipLink = screen.getByRole('link', { name: 'Aller au contenu' })
    expect(skipLink).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('main')).toHaveFocus()
    expect(window.location.hash).toBe('')
  })
})
