import type { Page } from '@playwright/test'
import { expect, frontPageHeading, seedArticle, test } from './fixtures'
import { articleUrl, openArticle } from './article-page'

test.describe('page metadata', () => {
  type Tags = Record<string, string | null>

  /** Every tag link previews and search engines read, each required to be there exactly once. */
  async function metadata(page: Page): Promise<Tags> {
    return page.evaluate(() => {
      const one = (selector: string, attribute: string) => {
        const found = document.head.querySelectorAll(selector)
        if (found.length > 1) return `${found.length} tags`
        return found[0]?.getAttribute(attribute) ?? null
      }
      return {
        title: document.title,
        description: one('meta[name="description"]', 'content'),
        canonical: one('link[rel="canonical"]', 'href'),
        'og:title': one('meta[property="og:title"]', 'content'),
        'og:description': one('meta[property="og:description"]', 'content'),
        'og:url': one('meta[property="og:url"]', 'content'),
        'og:type': one('meta[property="og:type"]', 'content'),
        'og:image': one('meta[property="og:image"]', 'content'),
        'twitter:card': one('meta[name="twitter:card"]', 'content'),
        jsonLd: String(document.head.querySelectorAll('script[type="application/ld+json"]').length),
      }
    })
  }

  const listDescription = 'Les derniers articles des magazines en ligne francophones, à lire et à commenter.'

  test('the list, an author and an unknown page describe themselves', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: frontPageHeading.fr })).toBeVisible()
    const origin = new URL(page.url()).origin
    await expect
      .poll(() => metadata(page))
      .toEqual({
        title: 'Articles — Chronique',
        description: listDescription,
        canonical: `${origin}/`,
        'og:title': 'Articles',
        'og:description': listDescription,
        'og:url': `${origin}/`,
        'og:type': 'website',
        'og:image': null,
        'twitter:card': 'summary',
        jsonLd: '0',
      })

    await page.goto('/auteurs/raymond-morin')
    await expect(page.getByRole('heading', { level: 1, name: 'Raymond Morin' })).toBeVisible()
    const authorDescription = 'Raymond Morin\u00a0: sa présentation et ses articles sur Chronique.'
    await expect
      .poll(() => metadata(page))
      .toMatchObject({
        title: 'Raymond Morin — Chronique',
        description: authorDescription,
        canonical: `${origin}/auteurs/raymond-morin`,
        'og:title': 'Raymond Morin',
        'og:description': authorDescription,
        'og:url': `${origin}/auteurs/raymond-morin`,
        'og:type': 'profile',
        jsonLd: '0',
      })

    await page.goto('/nulle-part')
    await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible()
    await expect
      .poll(() => metadata(page))
      .toMatchObject({
        title: 'Page introuvable — Chronique',
        description:
          'Chronique\u00a0: les articles des magazines en ligne francophones, à lire et à commenter.',
        canonical: `${origin}/nulle-part`,
        'og:title': 'Page introuvable',
        'og:url': `${origin}/nulle-part`,
        'og:type': 'website',
        'og:image': null,
        'twitter:card': 'summary',
        jsonLd: '0',
      })
  })

  test('an article has Open Graph article tags and one JSON-LD Article; back on the list they are gone', async ({
    page,
  }) => {
    await openArticle(page)
    const origin = new URL(page.url()).origin
    const readDescription = () =>
      page.evaluate(
        () => document.head.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      )
    // The tags are written just after the page shows (their code is not in the first load).
    await expect.poll(readDescription).toContain('Raymond Morin')
    const description = await readDescription()
    await expect
      .poll(() => metadata(page))
      .toEqual({
        title: `${seedArticle.title} — Chronique`,
        description,
        canonical: `${origin}${articleUrl}`,
        'og:title': seedArticle.title,
        'og:description': description,
        'og:url': `${origin}${articleUrl}`,
        'og:type': 'article',
        'og:image': `${origin}/images/articles/entreprise-numerique.svg`,
        'twitter:card': 'summary_large_image',
        jsonLd: '1',
      })

    const jsonLd = JSON.parse(
      (await page.locator('head script[type="application/ld+json"]').textContent()) ?? 'null',
    ) as Record<string, unknown>
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: seedArticle.title,
      datePublished: '2016-03-08T14:05:00Z',
      author: { '@type': 'Person', name: 'Raymond Morin' },
      publisher: { '@type': 'Organization', name: 'Chronique' },
      mainEntityOfPage: `${origin}${articleUrl}`,
    })
    expect(jsonLd.image).toEqual([`${origin}/images/articles/entreprise-numerique.svg`])

    // Back to the list inside the app: the article's tags leave with it.
    await page
      .getByRole('banner')
      .getByRole('link', { name: /^Chronique/ })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: frontPageHeading.fr })).toBeVisible()
    await expect
      .poll(() => metadata(page))
      .toEqual({
        title: 'Articles — Chronique',
        description: listDescription,
        canonical: `${origin}/`,
        'og:title': 'Articles',
        'og:description': listDescription,
        'og:url': `${origin}/`,
        'og:type': 'website',
        'og:image': null,
        'twitter:card': 'summary',
        jsonLd: '0',
      })
  })
})
