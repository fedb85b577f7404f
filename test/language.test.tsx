import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, test } from 'vitest'
import { enCA } from '@/lib/i18n/en-ca'
import { frCA } from '@/lib/i18n/fr-ca'
import { loadMessages, readSavedLocale } from '@/lib/i18n/locale'
import { findPageHeading, renderApp, seedArticle } from './render-app'

afterEach(() => {
  localStorage.clear()
  document.documentElement.lang = 'fr-CA'
})

describe('the interface in English', () => {
  test('"English" switches the whole interface at once, says so, and sets <html lang>', async () => {
    const { user } = renderApp('/')
    await findPageHeading('Chronique Le meilleur des magazines en ligne, à lire et à commenter')
    expect(screen.getByRole('searchbox', { name: 'Rechercher un article' })).toBeInTheDocument()

    const english = screen.getByRole('button', { name: 'English' })
    // Named in its own language, so a screen reader pronounces it in English.
    expect(english).toHaveAttribute('lang', 'en')
    await user.click(english)

    expect(await screen.findByRole('searchbox', { name: 'Search articles' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument()
    expect(await screen.findByText('The interface is now in English.')).toBeInTheDocument()
    expect(document.documentElement).toHaveAttribute('lang', 'en-CA')
    expect(screen.getByRole('button', { name: 'Français' })).toHaveAttribute('lang', 'fr')
  })

  test('the choice is remembered for the next visit, and French comes back with "Français"', async () => {
    const { user } = renderApp('/')
    await user.click(await screen.findByRole('button', { name: 'English' }))
    await screen.findByRole('searchbox', { name: 'Search articles' })
    expect(readSavedLocale()).toBe('en-CA')

    await user.click(screen.getByRole('button', { name: 'Français' }))
    expect(await screen.findByRole('searchbox', { name: 'Rechercher un article' })).toBeInTheDocument()
    expect(readSavedLocale()).toBe('fr-CA')
    expect(document.documentElement).toHaveAttribute('lang', 'fr-CA')
  })

  test('an article’s own words keep lang="fr"; the interface’s words, dates and counts are English', async () => {
    renderApp(`/articles/${seedArticle.slug}`, { messages: await loadMessages('en-CA') })
    const heading = await findPageHeading(seedArticle.title)
    const article = screen.getByRole('article', { name: seedArticle.title })
    expect(heading).toHaveAttribute('lang', 'fr')
    expect(article).not.toHaveAttribute('lang')
    // Sharing loads after the body (below the first screen).
    expect(await within(article).findByRole('button', { name: 'Share' })).not.toHaveAttribute('lang')
    expect(within(article).getAllByRole('time')[0]).toHaveTextContent(/^March \d+, 2016$/)
    const thread = await screen.findByRole('region', { name: 'Comments (1)', busy: false }, { timeout: 3000 })
    expect(within(thread).getByRole('button', { name: 'Reply' })).toBeInTheDocument()
    // Older than a week: the full date, in English.
    expect(within(thread).getByRole('time')).toHaveTextContent(/^March 8, 2016Posted on March 8, 2016/)
  })
})

describe('the message catalogues', () => {
  // The type checker holds the two catalogues to the same keys; this catches an English entry left
  // in French (or the reverse) by comparing every plain string.
  test('no English entry is a copy of the French one, except proper names and shared words', () => {
    const shared = new Set(['Chronique', 'Articles', 'Pagination', 'article', 'articles'])
    const copies: string[] = []
    let compared = 0
    const compare = (fr: unknown, en: unknown, path: string) => {
      if (typeof fr === 'string') compared++
      if (typeof fr === 'string' && fr === en && !shared.has(fr)) copies.push(path)
      if (typeof fr === 'object' && fr !== null) {
        for (const key of Object.keys(fr)) {
          compare(
            (fr as Record<string, unknown>)[key],
            (en as Record<string, unknown>)[key],
            `${path}.${key}`,
          )
        }
      }
    }
    compare(frCA, enCA, 'messages')
    // Every plain string was compared, not none of them.
    expect(compared).toBeGreaterThan(100)
    expect(copies).toEqual([])
  })
})
