import { screen, within } from '@testing-library/react'
import { describe, expect, onTestFinished, test, vi } from 'vitest'
import { readReadingPosition, saveReadingPosition } from '@/features/reading-progress/lib/reading-positions'
import { findPageHeading, renderApp, seedArticle } from './render-app'

const articleUrl = `/articles/${seedArticle.slug}`

function head(selector: string) {
  // Metadata lives in <head>, outside what Testing Library queries.
  return [...document.head.querySelectorAll(selector)]
}
const content = (selector: string) => head(selector).map((element) => element.getAttribute('content'))

describe('metadata for link previews and search engines', () => {
  test('an article describes itself: description, canonical URL, Open Graph, Twitter, JSON-LD', async () => {
    renderApp(articleUrl)
    await findPageHeading(seedArticle.title)
    const canonical = `${window.location.origin}${articleUrl}`
    await vi.waitFor(() => expect(content('meta[property="og:type"]')).toEqual(['article']))
    expect(content('meta[name="description"]')).toHaveLength(1)
    expect(content('meta[name="description"]')[0]).toMatch(/\S/)
    expect(head('link[rel="canonical"]').map((link) => link.getAttribute('href'))).toEqual([canonical])
    expect(content('meta[property="og:title"]')).toEqual([seedArticle.title])
    expect(content('meta[property="og:url"]')).toEqual([canonical])
    expect(content('meta[property="og:image"]')[0]).toMatch(/^http:\/\/localhost(:\d+)?\/images\//)
    expect(content('meta[name="twitter:card"]')).toEqual(['summary_large_image'])

    const [jsonLd] = head('script[type="application/ld+json"]')
    expect(head('script[type="application/ld+json"]')).toHaveLength(1)
    const data = JSON.parse(jsonLd?.textContent ?? '{}') as Record<string, unknown>
    expect(data).toMatchObject({
      '@type': 'Article',
      headline: seedArticle.title,
      author: { '@type': 'Person', name: 'Raymond Morin' },
      publisher: { '@type': 'Organization', name: 'Chronique' },
      mainEntityOfPage: canonical,
    })
    expect(data.datePublished).toMatch(/^2016-03-08T/)
  })

  test('leaving the article for the list takes its tags away', async () => {
    const { user } = renderApp(articleUrl)
    await findPageHeading(seedArticle.title)
    await vi.waitFor(() => expect(head('script[type="application/ld+json"]')).toHaveLength(1))
    await user.click(screen.getByRole('link', { name: /^Chronique/ }))
    await findPageHeading('Chronique Le meilleur des magazines en ligne, à lire et à commenter')
    await vi.waitFor(() => expect(content('meta[property="og:type"]')).toEqual(['website']))
    expect(head('script[type="application/ld+json"]')).toHaveLength(0)
    expect(content('meta[property="og:image"]')).toEqual([])
    expect(head('link[rel="canonical"]').map((link) => link.getAttribute('href'))).toEqual([
      `${window.location.origin}/`,
    ])
    expect(content('meta[name="description"]')).toHaveLength(1)
  })
})

describe('"Partager"', () => {
  test('opens the system share sheet with the article’s address where there is one', async () => {
    const share = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'share', { value: share, configurable: true })
    onTestFinished(() => {
      Reflect.deleteProperty(navigator, 'share')
    })
    const { user } = renderApp(articleUrl)
    const tools = await screen.findByRole('group', { name: 'Outils de l’article' })
    await user.click(within(tools).getByRole('button', { name: 'Partager' }))
    expect(share).toHaveBeenCalledWith({
      title: seedArticle.title,
      url: `${window.location.origin}${articleUrl}`,
    })
  })

  test('copies the link otherwise, and says so', async () => {
    const { user } = renderApp(articleUrl)
    const tools = await screen.findByRole('group', { name: 'Outils de l’article' })
    await user.click(within(tools).getByRole('button', { name: 'Partager' }))
    expect(await within(tools).findByRole('status')).toHaveTextContent('Lien de l’article copié')
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}${articleUrl}`)
  })

  test('shows the link to copy by hand when the clipboard refuses', async () => {
    const { user } = renderApp(articleUrl)
    const tools = await screen.findByRole('group', { name: 'Outils de l’article' })
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('denied', 'NotAllowedError'),
    )
    await user.click(within(tools).getByRole('button', { name: 'Partager' }))
    const field = await within(tools).findByRole('textbox', { name: /Copiez le lien de l’article/ })
    expect(field).toHaveValue(`${window.location.origin}${articleUrl}`)
    expect(field).toHaveFocus()
  })
})

describe('resuming an article', () => {
  test('offers to resume where the reader stopped, and can be dismissed', async () => {
    saveReadingPosition(seedArticle.slug, 0.62)
    const { user } = renderApp(articleUrl)
    const resume = await screen.findByRole('button', { name: /^Reprendre la lecture \(62\s%\)$/ })
    expect(resume).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Ignorer' }))
    expect(screen.queryByRole('button', { name: /Reprendre la lecture/ })).not.toBeInTheDocument()
  })

  test('offers nothing for an article barely started or read to the end', async () => {
    saveReadingPosition(seedArticle.slug, 0.99)
    renderApp(articleUrl)
    await findPageHeading(seedArticle.title)
    expect(screen.queryByRole('button', { name: /Reprendre la lecture/ })).not.toBeInTheDocument()
  })

  test('keeps positions between the thresholds, forgets finished ones, and the most recent hundred only', () => {
    saveReadingPosition('a', 0.5)
    expect(readReadingPosition('a')).toBe(0.5)
    saveReadingPosition('a', 0.01)
    expect(readReadingPosition('a')).toBeNull()
    for (let index = 0; index < 105; index += 1) saveReadingPosition(`article-${index}`, 0.5)
    const saved = JSON.parse(localStorage.getItem('chronique:reading-positions') ?? '{}') as object
    expect(Object.keys(saved)).toHaveLength(100)
  })
})
