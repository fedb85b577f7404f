/**
 * The layout the redesign promises (docs/design.md), measured in Chromium with real fonts and layout:
 * the first screens, the one-row header, the covers, meta lines that never leave a separator dangling,
 * "Retour en haut de la page" at the end, absolute dates in old threads, a permalink that lands once,
 * nothing sideways at 320 px, and axe in both themes.
 */
import type { Locator, Page } from '@playwright/test'
import { db } from '../mocks/db.ts'
import { hugeThread } from '../mocks/scenarios/huge-thread.ts'
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, seedArticle, test } from './fixtures'

const seedUrl = `/articles/${seedArticle.slug}`
/** An article whose excerpt is a standfirst of its own (not its first paragraph). */
const standfirstUrl = '/articles/commerce-electronique-pourquoi-les-detaillants-quebecois-tardent'
const busyThreadUrl = '/articles/teletravail-le-grand-malaise-des-gestionnaires'

/** Down to the end of the page, where the thread's code and comments load; until a comment shows. */
async function showThread(page: Page) {
  await page.getByRole('contentinfo').scrollIntoViewIfNeeded()
  await expect(page.getByRole('main').locator('article[id^="commentaire-"]').first()).toBeVisible()
}

/** The part of `locator` that shows on the first screen, from 0 (none) to 1 (all of it). */
async function shareOnFirstScreen(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect()
    const shown = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0)
    return Math.max(0, shown) / box.height
  })
}

/** The first line of an element's text: its top and bottom on the screen. */
async function firstLine(locator: Locator) {
  return locator.evaluate((element) => {
    const range = document.createRange()
    range.selectNodeContents(element)
    const [line] = [...range.getClientRects()].filter((rect) => rect.width > 0)
    if (!line) throw new Error('no text')
    return { top: line.top, bottom: line.bottom }
  })
}

test.describe('the article’s first screen', () => {
  for (const [name, url, firstText] of [
    ['the model article (its first paragraph)', seedUrl, 'L’équipe d’Isarta Infos est heureuse'],
    ['an article with a standfirst', standfirstUrl, 'Les consommateurs d’ici magasinent en ligne'],
  ] as const) {
    test(`on a 390 × 844 phone: category, title, byline and the first text, for ${name} @phone-only`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 })
      await page.goto(url)
      const article = page.getByRole('main').getByRole('article').first()
      const title = page.getByRole('heading', { level: 1 })
      await expect(title).toBeVisible()
      expect(await shareOnFirstScreen(article.getByRole('link').first())).toBe(1) // the category
      expect(await shareOnFirstScreen(title)).toBe(1)
      // One byline of facts: the author, the date, the reading time.
      const byline = article.getByRole('time').first().locator('xpath=..')
      expect(await shareOnFirstScreen(byline.getByRole('link'))).toBe(1) // the author
      expect(await shareOnFirstScreen(article.getByRole('time').first())).toBe(1)
      expect(await shareOnFirstScreen(byline.getByText(/min de lecture$/))).toBe(1)
      // Compact: at most two short lines, should the three facts not fit on one.
      expect((await byline.boundingBox())!.height).toBeLessThanOrEqual(2 * 44)
      // The article's words start on the first screen: at least their first line, whole.
      const line = await firstLine(page.getByText(firstText, { exact: false }).first())
      expect(line.bottom).toBeLessThanOrEqual(844)
      // Sharing, printing and the rating come after the body, never on the first screen.
      const tools = page.getByRole('group', { name: 'Outils de l’article' })
      expect(await shareOnFirstScreen(tools)).toBe(0)
      expect(
        await shareOnFirstScreen(
          page
            .getByText('Aucune évaluation')
            .or(page.getByText(/évaluations?\)$/))
            .first(),
        ),
      ).toBe(0)
    })
  }

  test('on a 1280 × 800 desktop, the body starts above the fold @desktop-only', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    for (const [url, firstText] of [
      [seedUrl, 'L’équipe d’Isarta Infos est heureuse'],
      [standfirstUrl, 'Chaque année, le même constat revient'],
    ] as const) {
      await page.goto(url)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      // The body's first paragraph: at least its first line, whole, above the fold.
      const line = await firstLine(page.getByText(firstText, { exact: false }).first())
      expect(line.bottom).toBeLessThanOrEqual(800)
    }
  })
})

test.describe('the header', () => {
  for (const width of [320, 390]) {
    test(`is one row at ${width} px: the name, "Affichage" and the language @phone-only`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 700 })
      await page.goto('/')
      const banner = page.getByRole('banner')
      const parts = [
        banner.getByRole('link', { name: /^Chronique/ }),
        banner.getByRole('button', { name: 'Affichage' }),
        banner.getByRole('button', { name: 'English' }),
      ]
      const middles: number[] = []
      for (const part of parts) {
        await expect(part).toBeInViewport({ ratio: 1 })
        const box = (await part.boundingBox())!
        expect(box.height).toBeGreaterThanOrEqual(44)
        middles.push(box.y + box.height / 2)
      }
      expect(Math.max(...middles) - Math.min(...middles)).toBeLessThanOrEqual(2)
      expect((await banner.boundingBox())!.height).toBeLessThanOrEqual(64)
      // The English button says its name in English, whatever it shows.
      await expect(parts[2]!).toHaveAttribute('lang', 'en')
      await expectNoHorizontalScroll(page)
    })
  }
})

test.describe('the front page', () => {
  test('its cards show their covers at their own size and a fixed aspect ratio, the lead’s first', async ({
    page,
  }) => {
    await page.goto('/')
    const cards = page.getByRole('main').getByRole('article')
    await expect(cards).toHaveCount(12)
    const lead = cards.first().locator('img')
    await expect(lead).toHaveAttribute('fetchpriority', 'high')
    await expect(lead).not.toHaveAttribute('loading', 'lazy')
    // Down the page, so the lazy covers load.
    for (const card of await cards.all()) await card.scrollIntoViewIfNeeded()
    const covers = page.getByRole('main').getByRole('article').locator('img')
    expect(await covers.count()).toBeGreaterThan(2)
    for (const [index, cover] of (await covers.all()).entries()) {
      if (index > 0) await expect(cover).toHaveAttribute('loading', 'lazy')
      await expect
        .poll(() => cover.evaluate((image: HTMLImageElement) => image.naturalWidth))
        .toBeGreaterThan(0)
      const image = await cover.evaluate((element: HTMLImageElement) => {
        const box = element.getBoundingClientRect()
        return {
          width: Number(element.getAttribute('width')),
          height: Number(element.getAttribute('height')),
          naturalWidth: element.naturalWidth,
          naturalHeight: element.naturalHeight,
          ratio: box.width / box.height,
        }
      })
      // The picture's own size, given to the browser before it loads (no layout shift).
      expect(image.width).toBe(image.naturalWidth)
      expect(image.height).toBe(image.naturalHeight)
      // 16:9, or a 3:2 thumbnail beside the title on a phone.
      expect([16 / 9, 3 / 2].some((ratio) => Math.abs(image.ratio - ratio) < 0.02)).toBe(true)
    }
  })

  test('categories and search take one compact row before the lead story', async ({ page, isMobile }) => {
    await page.goto('/')
    const lead = page.getByRole('main').getByRole('article').first()
    await expect(lead.getByRole('heading')).toBeInViewport({ ratio: 1 })
    const nav = page.getByRole('navigation', { name: 'Catégories' })
    const navBox = (await nav.boundingBox())!
    expect(navBox.height).toBeLessThanOrEqual(48)
    const leadTop = (await lead.boundingBox())!.y
    expect(leadTop - (navBox.y + navBox.height)).toBeLessThan(40)
    if (isMobile) {
      // The search is one tap away: its button opens the field.
      const search = page.getByRole('searchbox', { name: 'Rechercher un article' })
      await expect(search).toBeHidden()
      await page.getByRole('button', { name: 'Rechercher un article', exact: true }).click()
      await expect(search).toBeVisible()
      await expect(search).toBeFocused()
      expect((await search.boundingBox())!.width).toBeGreaterThan(300)
    }
  })
})

/**
 * Every line of every meta row (cards, the byline, comment headers), as the browser paints it: the
 * dot of an item that begins a line is not there to be hit (the row is clipped there), the dot of every
 * other item is, and no line of the row's text begins or ends with a separator character.
 */
async function danglingSeparators(page: Page) {
  return page.evaluate(() => {
    const SEPARATORS = new Set(['·', '•', '|'])
    const problems: string[] = []
    const rows = [...document.querySelectorAll<HTMLElement>('.meta-row')].filter(
      (row) => row.getClientRects().length > 0,
    )
    for (const row of rows) {
      row.scrollIntoView({ block: 'center', behavior: 'instant' })
      // Hit-testing sees what is painted (clip-path included); cards let clicks through: not here.
      const pointerEvents = row.style.pointerEvents
      row.style.pointerEvents = 'auto'
      const items = [...row.children].filter((item) => item.getClientRects().length > 0)
      // An item begins a line when it is the first, or when it sits left of the one before (wrapped).
      let previousRight = -Infinity
      for (const item of items) {
        const box = item.getBoundingClientRect()
        const startsLine = previousRight === -Infinity || box.left < previousRight - 1
        previousRight = box.right
        if (getComputedStyle(item, '::after').content.includes('·')) {
          problems.push(`a dot after "${item.textContent}"`)
        }
        const dot = getComputedStyle(item, '::before')
        if (!dot.content.includes('·') || dot.visibility === 'hidden' || dot.display === 'none') continue
        // The middle of the dot's box, at the start of the item: painted there (in any layer), or not.
        const x = box.left + parseFloat(dot.width) / 2
        const y = box.top + box.height / 2
        const isDotShown = document.elementsFromPoint(x, y).some((element) => item.contains(element))
        if (startsLine && isDotShown) problems.push(`a line starts with a dot: "${item.textContent}"`)
        if (!startsLine && !isDotShown) problems.push(`no dot before "${item.textContent}"`)
      }
      row.style.pointerEvents = pointerEvents
      // The text itself, line by line (a separator typed into the text would dangle too).
      const rowLeft = row.getBoundingClientRect().left
      const characters: { character: string; top: number }[] = []
      const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.visually-hidden')) continue
        const text = node.textContent ?? ''
        for (let index = 0; index < text.length; index++) {
          const range = document.createRange()
          range.setStart(node, index)
          range.setEnd(node, index + 1)
          const rect = range.getClientRects()[0]
          if (rect && rect.width > 0 && rect.left >= rowLeft)
            characters.push({ character: text[index]!, top: rect.top })
        }
      }
      const lines = new Map<number, string>()
      for (const { character, top } of characters) {
        const key = [...lines.keys()].find((lineTop) => Math.abs(lineTop - top) < 4) ?? top
        lines.set(key, (lines.get(key) ?? '') + character)
      }
      for (const line of lines.values()) {
        const trimmed = line.trim()
        if (SEPARATORS.has(trimmed.at(0) ?? '') || SEPARATORS.has(trimmed.at(-1) ?? '')) {
          problems.push(`a line of text starts or ends with a separator: "${trimmed}"`)
        }
      }
    }
    return { rows: rows.length, problems }
  })
}

test.describe('meta lines', () => {
  for (const width of [320, 390, 1280]) {
    test(`never start or end a line with a separator, at ${width} px`, async ({ page }) => {
      test.setTimeout(90_000)
      await page.setViewportSize({ width, height: 900 })
      for (const url of [
        '/',
        '/?category=medias-sociaux',
        '/auteurs/raymond-morin',
        standfirstUrl,
        busyThreadUrl,
      ]) {
        await page.goto(url)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        if (url === busyThreadUrl) await showThread(page)
        const { rows, problems } = await danglingSeparators(page)
        expect(rows, `meta rows on ${url}`).toBeGreaterThan(0)
        expect(problems, `separators on ${url} at ${width} px`).toEqual([])
      }
    })
  }
})

test.describe('the end of an article on a phone', () => {
  test('"Retour en haut de la page" is there, on nothing the reader reads or fills in @phone-only', async ({
    page,
  }) => {
    await page.goto(seedUrl)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    // Reading down to the end, the way a finger does: the page scrolls down, then stops.
    await showThread(page)
    await page.mouse.wheel(0, 10_000)
    const backToTop = page.getByRole('button', { name: 'Retour en haut de la page' })
    await expect(backToTop).toBeInViewport({ ratio: 1 })
    const covered = await backToTop.evaluate((button) => {
      const box = button.getBoundingClientRect()
      const hits: string[] = []
      for (const x of [box.left + 2, box.left + box.width / 2, box.right - 2]) {
        for (const y of [box.top + 2, box.top + box.height / 2, box.bottom - 2]) {
          const under = document.elementsFromPoint(x, y).find((element) => !button.contains(element))
          if (!under) continue
          for (const node of under.childNodes) {
            if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue
            const range = document.createRange()
            range.selectNodeContents(node)
            if (
              [...range.getClientRects()].some((r) => r.left < x && r.right > x && r.top < y && r.bottom > y)
            ) {
              hits.push(node.textContent.trim().slice(0, 30))
            }
          }
          if (under.closest('form')) hits.push('a form')
        }
      }
      return hits
    })
    expect(covered).toEqual([])
  })
})

test.describe('thread dates', () => {
  test('older than a week, the full date; the exact moment in <time datetime> and its title', async ({
    page,
  }) => {
    await page.goto(busyThreadUrl)
    await showThread(page)
    const times = page.getByRole('main').locator('article[id^="commentaire-"] time')
    const dates = await times.evaluateAll((elements) =>
      elements.slice(0, 20).map((time) => ({
        shown: time.querySelector('[aria-hidden="true"]')?.textContent ?? '',
        datetime: time.getAttribute('datetime') ?? '',
        title: time.getAttribute('title') ?? '',
      })),
    )
    expect(dates.length).toBeGreaterThan(5)
    for (const date of dates) {
      expect(date.shown).toMatch(/^\d{1,2}(er)?\s\p{L}+\s\d{4}$/u)
      expect(date.shown).not.toMatch(/il y a/)
      expect(Date.parse(date.datetime)).not.toBeNaN()
      expect(date.title).toMatch(/^\d{1,2}(er)?\s\p{L}+\s\d{4}\sà\s\d{1,2}\sh\s\d{2}$/u)
    }
  })
})

test.describe('a permalink five pages down a 5,000-comment thread', () => {
  test('lands on its comment once: never past it, and no jump back', async ({ page }) => {
    test.setTimeout(60_000)
    const article = db.findArticle(seedArticle.slug)!
    const topLevel = hugeThread(article.slug, article.publishedAt).filter(
      (comment) => comment.parentId === null,
    )
    // Twenty top-level comments a page: the 96th is on the fifth.
    const target = topLevel[95]!.id
    // Where the comment is on the screen, at every frame from the page's start.
    await page.addInitScript((id) => {
      const samples: (number | null)[] = []
      Object.assign(window, { permalinkSamples: samples })
      const started = performance.now()
      const sample = () => {
        const element = document.getElementById(`commentaire-${id}`)
        samples.push(
          element && document.activeElement === element ? element.getBoundingClientRect().top : null,
        )
        if (performance.now() - started < 8000) requestAnimationFrame(sample)
      }
      requestAnimationFrame(sample)
    }, target)
    await page.goto(`${seedUrl}?scenario=huge-thread#commentaire-${target}`)
    const comment = page.locator(`#commentaire-${target}`)
    await expect(comment).toBeFocused({ timeout: 15_000 })
    await expect(comment).toBeInViewport()
    // The comments around it render, at their real height, after it has landed.
    await page.waitForTimeout(2500)
    await expect(comment).toBeInViewport()
    const tops = (
      await page.evaluate(
        () => (window as unknown as { permalinkSamples: (number | null)[] }).permalinkSamples,
      )
    ).filter((top): top is number => top !== null)
    expect(tops.length).toBeGreaterThan(10)
    const final = tops.at(-1)!
    // Measured on the screen, where the reader sees it: content changing height above the comment
    // moves the page's scroll position (the browser keeps the comment where it is), not the comment.
    // Never above its final place (the view went past it), never far below it (a jump still to come).
    expect(Math.min(...tops)).toBeGreaterThanOrEqual(final - 3)
    expect(Math.max(...tops)).toBeLessThanOrEqual(final + 3)
  })
})

test.describe('320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('nothing scrolls sideways on the list pages, the article and its thread', async ({ page }) => {
    for (const url of [
      '/',
      '/?category=technologie',
      '/?q=num%C3%A9rique',
      '/auteurs/raymond-morin',
      busyThreadUrl,
    ]) {
      await page.goto(url)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      if (url === busyThreadUrl) await showThread(page)
      await expectNoHorizontalScroll(page)
    }
  })
})

test.describe('axe, in both themes', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the front page and the article: no violations, ${colorScheme}`, async ({ page }) => {
      // Two full axe runs, with the thread loaded: slow on a busy two-core machine.
      test.setTimeout(90_000)
      await page.emulateMedia({ colorScheme })
      await page.goto('/')
      await expect(page.getByRole('main').getByRole('article')).toHaveCount(12)
      await expectNoAxeViolations(page)
      await page.goto(seedUrl)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await showThread(page)
      await expectNoAxeViolations(page)
    })
  }
})
