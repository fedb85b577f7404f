import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, seedArticle, test } from './fixtures'

const articleUrl = `/articles/${seedArticle.slug}`
const PREFERENCES_KEY = 'chronique:preferences'
const POSITIONS_KEY = 'chronique:reading-positions'

/** The seed article's body: the block that holds its section headings (the author's bio comes after it). */
function articleBody(page: Page) {
  return page
    .getByRole('heading', { level: 2, name: 'Un retard qui risque de coûter une fortune aux contribuables' })
    .locator('xpath=..')
}

async function openArticle(page: Page) {
  await page.goto(articleUrl)
  await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
}

/** Scrolls down to the thread, whose code and comments load as the reader nears them. */
async function showComments(page: Page) {
  await page.evaluate(() =>
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
  )
  await expect(page.getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
}

/** Relative luminance (WCAG) of a computed CSS colour such as `rgb(22, 21, 20)`. */
function luminance(color: string): number {
  const channels = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(color)
  if (!channels) throw new Error(`not an rgb() colour: ${color}`)
  const [r, g, b] = channels.slice(1, 4).map((channel) => {
    const value = Number(channel) / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function bodyBackground(page: Page) {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor)
}

const isDark = (color: string) => luminance(color) < 0.05
const isLight = (color: string) => luminance(color) > 0.5

/** Where the thin bar at the top says the reader is (its scaleX). */
async function barProgress(page: Page): Promise<number> {
  const transform = await page.getByTestId('reading-progress').evaluate((bar) => bar.style.transform)
  const scale = /scaleX\(([-\d.e]+)\)/.exec(transform)
  return scale ? Number(scale[1]) : Number.NaN
}

/** Scrolls (at once) so that the reader is `fraction` of the way through the article's body. */
async function scrollThroughBody(page: Page, fraction: number) {
  await articleBody(page).evaluate((body, fraction) => {
    const rect = body.getBoundingClientRect()
    const top = rect.top + window.scrollY + Math.max(0, rect.height - window.innerHeight) * fraction
    window.scrollTo({ top, behavior: 'instant' })
  }, fraction)
}

/** How far the screen is from `fraction` of the way through the body, in CSS pixels. */
function distanceFromFraction(page: Page, fraction: number) {
  return articleBody(page).evaluate((body, fraction) => {
    const rect = body.getBoundingClientRect()
    return Math.abs(-rect.top - Math.max(0, rect.height - window.innerHeight) * fraction)
  }, fraction)
}

/** The position kept on the device for the seed article, or null. */
function savedProgress(page: Page) {
  return page.evaluate(
    ([key, slug]) => {
      const positions = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, { progress: number }>
      return positions[slug]?.progress ?? null
    },
    [POSITIONS_KEY, seedArticle.slug] as const,
  )
}

interface FirstPaint {
  when: string
  theme: string | null
  colorScheme: string
  fontSize: string
  background: string | null
  isRendered: boolean
}

test.describe('reading preferences ("Affichage")', () => {
  test('"Sombre" darkens the page at once, and the choice survives a reload', async ({ page }) => {
    await openArticle(page)
    expect(isLight(await bodyBackground(page)), 'light by default on a light device').toBe(true)

    const toggle = page.getByRole('button', { name: 'Affichage' })
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const themes = page.getByRole('group', { name: 'Thème' })
    await expect(themes.getByRole('radio')).toHaveCount(3)
    await expect(themes.getByRole('radio', { name: /^Automatique/ })).toBeChecked()

    await themes.getByRole('radio', { name: 'Sombre' }).check()
    await expect.poll(async () => isDark(await bodyBackground(page))).toBe(true)
    // The text turns light with it.
    const textColor = await page.evaluate(() => getComputedStyle(document.body).color)
    expect(isLight(textColor), `text colour ${textColor}`).toBe(true)

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    expect(isDark(await bodyBackground(page))).toBe(true)
    await page.getByRole('button', { name: 'Affichage' }).click()
    await expect(
      page.getByRole('group', { name: 'Thème' }).getByRole('radio', { name: 'Sombre' }),
    ).toBeChecked()

    // "Clair" wins over a dark device.
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.getByRole('group', { name: 'Thème' }).getByRole('radio', { name: 'Clair' }).check()
    await expect.poll(async () => isLight(await bodyBackground(page))).toBe(true)
  })

  test('with the dark theme and a larger text saved, the very first paint is already dark and large', async ({
    page,
  }) => {
    await page.addInitScript((key) => {
      localStorage.setItem(key, JSON.stringify({ theme: 'dark', textScale: 1.15 }))
      const snapshots: FirstPaint[] = []
      Object.assign(window, { firstPaints: snapshots })
      const record = (when: string) => {
        const root = document.documentElement
        snapshots.push({
          when,
          theme: root.getAttribute('data-theme'),
          colorScheme: getComputedStyle(root).colorScheme,
          fontSize: getComputedStyle(root).fontSize,
          // No <body> yet at the first frame, possibly.
          background: (document.body as HTMLElement | null)
            ? getComputedStyle(document.body).backgroundColor
            : null,
          isRendered: Boolean(document.getElementById('root')?.childElementCount),
        })
      }
      // The first frame the browser could paint, and the moment the document is parsed (the app's
      // styles are in; React has not rendered yet).
      requestAnimationFrame(() => record('first frame'))
      document.addEventListener('DOMContentLoaded', () => record('DOMContentLoaded'))
    }, PREFERENCES_KEY)

    await openArticle(page)
    const snapshots = await page.evaluate(
      () => (window as unknown as { firstPaints: FirstPaint[] }).firstPaints,
    )
    const firstFrame = snapshots.find((snapshot) => snapshot.when === 'first frame')
    const loaded = snapshots.find((snapshot) => snapshot.when === 'DOMContentLoaded')
    // Before any of the app's code: the theme is already the reader's.
    expect(firstFrame?.theme).toBe('dark')
    expect(loaded).toMatchObject({
      theme: 'dark',
      colorScheme: 'dark',
      fontSize: '18.4px',
      isRendered: false,
    })
    expect(isDark(loaded!.background!), `background at DOMContentLoaded: ${loaded!.background}`).toBe(true)
  })

  test('"Automatique" follows the device’s colour scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await openArticle(page)
    expect(isDark(await bodyBackground(page))).toBe(true)
    await page.emulateMedia({ colorScheme: 'light' })
    await expect.poll(async () => isLight(await bodyBackground(page))).toBe(true)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(async () => isDark(await bodyBackground(page))).toBe(true)
  })

  test('a larger text size enlarges the whole page and the article’s text, and survives a reload', async ({
    page,
  }) => {
    await openArticle(page)
    const paragraph = articleBody(page).getByRole('paragraph').first()
    const sizes = async () => ({
      root: await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)),
      paragraph: await paragraph.evaluate((element) => parseFloat(getComputedStyle(element).fontSize)),
    })
    const before = await sizes()
    expect(before.root).toBe(16)

    await page.getByRole('button', { name: 'Affichage' }).click()
    const textSizes = page.getByRole('group', { name: 'Taille du texte' })
    await expect(textSizes.getByRole('radio', { name: 'Normale' })).toBeChecked()
    await textSizes.getByRole('radio', { name: 'Très grande' }).check()
    await expect.poll(async () => (await sizes()).root).toBeCloseTo(16 * 1.3, 1)
    const after = await sizes()
    expect(after.paragraph).toBeGreaterThan(before.paragraph * 1.2)

    await page.reload()
    await expect(paragraph).toBeVisible()
    expect(await sizes()).toEqual(after)
    await page.getByRole('button', { name: 'Affichage' }).click()
    await expect(
      page.getByRole('group', { name: 'Taille du texte' }).getByRole('radio', { name: 'Très grande' }),
    ).toBeChecked()
  })

  test('the dark theme with the panel open passes axe, and Escape closes the panel', async ({ page }) => {
    await openArticle(page)
    const toggle = page.getByRole('button', { name: 'Affichage' })
    await toggle.click()
    await page.getByRole('group', { name: 'Thème' }).getByRole('radio', { name: 'Sombre' }).check()
    await expect.poll(async () => isDark(await bodyBackground(page))).toBe(true)
    await expect(page.getByRole('group', { name: 'Taille du texte' })).toBeVisible()
    await expectNoAxeViolations(page)

    await page.keyboard.press('Escape')
    await expect(page.getByRole('group', { name: 'Thème' })).toBeHidden()
    await expect(toggle).toBeFocused()
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  })
})

test.describe('reading progress', () => {
  test('the bar follows the article’s body only, from 0 to 1, and stays at 1 in the comments', async ({
    page,
  }) => {
    await openArticle(page)
    expect(await barProgress(page)).toBeLessThan(0.02)

    await page
      .getByRole('heading', { level: 2, name: 'Une nouvelle approche de marketing qui s’apprivoise' })
      .scrollIntoViewIfNeeded()
    await expect.poll(() => barProgress(page)).toBeGreaterThan(0.2)
    expect(await barProgress(page)).toBeLessThan(0.9)

    // The author's bio comes right after the body: the body is read.
    await page.getByRole('heading', { level: 2, name: 'À propos de l’auteur' }).scrollIntoViewIfNeeded()
    await expect.poll(() => barProgress(page)).toBeGreaterThan(0.99)

    // The comments are not part of the reading: the bar stays full down there.
    await showComments(page)
    const comment = page.getByRole('article', { name: 'Sylvie Gagnon' })
    await comment.scrollIntoViewIfNeeded()
    await expect(comment).toBeInViewport()
    await expect.poll(() => barProgress(page)).toBe(1)
  })

  test('the bar is hidden from assistive technology', async ({ page }) => {
    await openArticle(page)
    const bar = page.getByTestId('reading-progress')
    await expect(bar).toBeAttached()
    expect(await bar.evaluate((element) => element.closest('[aria-hidden="true"]') !== null)).toBe(true)
    await expect(page.getByRole('progressbar')).toHaveCount(0)
    await expect(page.getByRole('progressbar', { includeHidden: true })).toHaveCount(0)
  })
})

test.describe('"Reprendre la lecture"', () => {
  /** Reads half the body and waits until the position is kept on the device. */
  async function readHalf(page: Page) {
    await openArticle(page)
    await scrollThroughBody(page, 0.5)
    await expect.poll(() => barProgress(page)).toBeCloseTo(0.5, 2)
    await expect.poll(() => savedProgress(page), { timeout: 5_000 }).toBeCloseTo(0.5, 2)
  }

  const resumeButton = (page: Page) => page.getByRole('button', { name: /^Reprendre la lecture/ })

  /** The offer names the saved position; taking it goes back into the body and focuses a block there. */
  async function expectResumesAtHalf(page: Page) {
    const button = resumeButton(page)
    await expect(button).toHaveAccessibleName(/^Reprendre la lecture \(50\s?%\)$/)
    await expect(page.getByText('Vous aviez commencé cet article.')).toBeVisible()
    await button.click()
    await expect(button).toBeHidden()
    await expect.poll(() => barProgress(page)).toBeCloseTo(0.5, 1)
    await expect(articleBody(page).locator(':focus')).toHaveCount(1)
  }

  test('after a reload, the article offers to resume where the reader was, and goes back there', async ({
    page,
  }) => {
    await readHalf(page)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await expectResumesAtHalf(page)
  })

  test('after leaving the article and coming back through links, it offers to resume too', async ({
    page,
  }) => {
    await readHalf(page)
    await page
      .getByRole('article', { name: seedArticle.title })
      .getByRole('link', { name: 'Raymond Morin', exact: true })
      .first()
      .click()
    await expect(page.getByRole('heading', { level: 1, name: 'Raymond Morin' })).toBeVisible()
    await page
      .getByRole('region', { name: 'Articles de Raymond Morin' })
      .getByRole('link', { name: seedArticle.title })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
    await expectResumesAtHalf(page)
  })

  test('resuming lands exactly where the reader was, with focus on a paragraph they can see', async ({
    page,
  }) => {
    // The offer above the body goes away on click: the landing must allow for it.
    await readHalf(page)
    await page.reload()
    await resumeButton(page).click()
    await expect
      .poll(() => distanceFromFraction(page, 0.5), { message: 'px from the saved position' })
      .toBeLessThan(16)
    const focused = articleBody(page).locator(':focus')
    await expect(focused).toHaveCount(1)
    await expect(focused).toBeInViewport()
  })

  test('"Ignorer" puts the offer away without moving the page', async ({ page }) => {
    await readHalf(page)
    await page.reload()
    const dismiss = page.getByRole('button', { name: 'Ignorer' })
    await dismiss.scrollIntoViewIfNeeded()
    const scrollY = await page.evaluate(() => window.scrollY)
    await dismiss.click()
    await expect(resumeButton(page)).toBeHidden()
    await expect(page.getByText('Vous aviez commencé cet article.')).toBeHidden()
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY)).toBeLessThan(100)
  })

  test('an article read to the end offers nothing on the next visit', async ({ page }) => {
    await readHalf(page)
    await page.getByRole('heading', { level: 2, name: 'À propos de l’auteur' }).scrollIntoViewIfNeeded()
    await expect.poll(() => savedProgress(page), { timeout: 5_000 }).toBeNull()
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await expect(page.getByRole('group', { name: 'Outils de l’article' })).toBeVisible()
    await expect(resumeButton(page)).toHaveCount(0)
  })

  test('an article barely started offers nothing on the next visit', async ({ page }) => {
    await readHalf(page)
    // Back near the top: 1 % of the way is nothing worth resuming.
    await scrollThroughBody(page, 0.01)
    await expect.poll(() => savedProgress(page), { timeout: 5_000 }).toBeNull()
    await page.goto('/')
    await page.goto(articleUrl)
    await expect(page.getByRole('group', { name: 'Outils de l’article' })).toBeVisible()
    await expect(resumeButton(page)).toHaveCount(0)
  })
})

test.describe('printing', () => {
  test.beforeEach(async ({ page }) => {
    // No print dialog in a test: count the calls instead.
    await page.addInitScript(() => {
      const calls: number[] = []
      ;(window as unknown as { printCalls: number[] }).printCalls = calls
      window.print = () => {
        calls.push(Date.now())
      }
    })
  })

  const printCalls = (page: Page) =>
    page.evaluate(() => (window as unknown as { printCalls: number[] }).printCalls.length)

  async function expectCleanArticleOnPaper(page: Page) {
    const article = page.getByRole('article', { name: seedArticle.title })
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await expect(article.getByText('8 mars 2016')).toBeVisible()
    await expect(article.getByText('Photo: ©Paul Labelle Photographe inc.')).toBeVisible()
    await expect(article.getByRole('img', { name: /Illustration de l’entreprise numérique/ })).toBeVisible()
    // No site header, footer, skip link, navigation or controls on paper.
    await expect(page.getByRole('banner')).toBeHidden()
    await expect(page.getByRole('contentinfo')).toBeHidden()
    await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeHidden()
    await expect(page.getByRole('navigation')).toHaveCount(0)
    await expect(page.getByRole('button')).toHaveCount(0)
    await expect(page.getByRole('form')).toHaveCount(0)
    await expect(page.getByRole('textbox')).toHaveCount(0)
    await expect(page.getByTestId('reading-progress')).toBeHidden()

    // A link's address follows its text.
    const link = article.getByRole('link', { name: 'récent billet' })
    expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toContain(
      'https://www.michelleblanc.com/',
    )
    // Black on white, whatever the screen's theme.
    const colours = await page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
    }))
    expect(colours).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' })
    const paragraph = articleBody(page).getByRole('paragraph').first()
    expect(luminance(await paragraph.evaluate((element) => getComputedStyle(element).color))).toBeLessThan(
      0.05,
    )
  }

  test('"Imprimer" prints the article alone, black on white even with the dark theme', async ({ page }) => {
    await page.addInitScript((key) => {
      localStorage.setItem(key, JSON.stringify({ theme: 'dark', textScale: 1 }))
    }, PREFERENCES_KEY)
    await openArticle(page)
    expect(isDark(await bodyBackground(page))).toBe(true)
    // The thread is on the page before printing.
    await showComments(page)
    const comment = page.getByRole('article', { name: 'Sylvie Gagnon' })

    await page
      .getByRole('group', { name: 'Outils de l’article' })
      .getByRole('button', { name: 'Imprimer', exact: true })
      .click()
    await expect.poll(() => printCalls(page)).toBe(1)

    await page.emulateMedia({ media: 'print' })
    await expectCleanArticleOnPaper(page)
    await expect(comment).toBeHidden()
    await expect(page.getByRole('heading', { name: 'Commentaires (1)' })).toBeHidden()
    expect(await printCalls(page)).toBe(1)
  })

  test('"Imprimer avec les commentaires" prints the thread too, without its form', async ({ page }) => {
    await openArticle(page)
    await page
      .getByRole('group', { name: 'Outils de l’article' })
      .getByRole('button', { name: 'Imprimer avec les commentaires' })
      .click()
    await expect.poll(() => printCalls(page)).toBe(1)

    await page.emulateMedia({ media: 'print' })
    await expectCleanArticleOnPaper(page)
    await expect(page.getByRole('heading', { name: 'Commentaires (1)' })).toBeVisible()
    await expect(page.getByRole('article', { name: 'Sylvie Gagnon' })).toContainText(
      'Tout à fait d’accord avec vous.',
    )
    await expect(page.getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
    expect(await printCalls(page)).toBe(1)
  })
})

test.describe('sharing', () => {
  const articleLink = (page: Page) => `${new URL(page.url()).origin}${articleUrl}`
  const tools = (page: Page) => page.getByRole('group', { name: 'Outils de l’article' })

  test('without a share sheet, "Partager" copies the article’s link and says so', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    // Whatever this browser offers: the fallback is what is tested here.
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share
    })
    await openArticle(page)
    await tools(page).getByRole('button', { name: 'Partager' }).click()
    await expect(tools(page).getByRole('status')).toHaveText('Lien de l’article copié')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(articleLink(page))
  })

  test('with a share sheet, "Partager" opens it with the title and the link, and copies nothing', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const shared: ShareData[] = []
      const copied: string[] = []
      Object.assign(window, { shared, copied })
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: ShareData) => {
          shared.push(data)
          return Promise.resolve()
        },
      })
      navigator.clipboard.writeText = (text: string) => {
        copied.push(text)
        return Promise.resolve()
      }
    })
    await openArticle(page)
    await tools(page).getByRole('button', { name: 'Partager' }).click()
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
      .toEqual([{ title: seedArticle.title, url: articleLink(page) }])
    expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([])
    await expect(tools(page).getByRole('status')).toHaveText('')
  })

  test('when the link cannot be copied, it shows in a field to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'))
    })
    await openArticle(page)
    await tools(page).getByRole('button', { name: 'Partager' }).click()
    const field = tools(page).getByRole('textbox', { name: /^Copiez le lien de l’article\s:$/ })
    await expect(field).toBeVisible()
    await expect(field).toHaveValue(articleLink(page))
    await expect(field).not.toBeEditable()
    await expect(field).toBeFocused()
    await expect(tools(page).getByRole('status')).toHaveText('')
  })
})

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
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible()
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
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible()
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
