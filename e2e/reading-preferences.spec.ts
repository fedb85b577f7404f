import { expect, expectNoAxeViolations, seedArticle, test } from './fixtures'
import { articleBody, bodyBackground, isDark, isLight, openArticle, PREFERENCES_KEY } from './article-page'

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
