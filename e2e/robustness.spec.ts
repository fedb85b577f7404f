import type { Page } from '@playwright/test'
import { expect, expectNoHorizontalScroll, seedArticle, test } from './fixtures'

const articleUrl = `/articles/${seedArticle.slug}`

/** How long the main thread takes to answer a frame and a task: a frozen tab never answers. */
function mainThreadDelay(page: Page) {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const started = performance.now()
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)))
      }),
  )
}

test.describe('robustness', () => {
  test('a 5 MB body with 10,000 nested elements and unclosed tags does not freeze the tab @desktop-only', async ({
    page,
  }) => {
    test.setTimeout(60_000)
    await page.goto(`${articleUrl}?scenario=huge-html`)
    const article = page.getByRole('article', { name: seedArticle.title })
    await expect(article.getByText('Au fond de 10 000 éléments imbriqués.')).toBeVisible({ timeout: 20_000 })
    await expect(article.getByText(/^Paragraphe 9000\./)).toBeAttached()
    // Responsive again: a frame and a task come back quickly, and the reader can type a comment.
    expect(await mainThreadDelay(page)).toBeLessThan(2_000)
    const box = page.getByRole('form', { name: 'Ajouter un commentaire' }).getByLabel('Votre commentaire')
    await box.fill('Toujours réactif.')
    await expect(box).toHaveValue('Toujours réactif.')
  })

  test('text at 200 % keeps every page usable, without sideways scrolling @desktop-only', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    for (const url of ['/', articleUrl]) {
      await page.goto(url)
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' })
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectNoHorizontalScroll(page)
    }
    const form = page.getByRole('form', { name: 'Ajouter un commentaire' })
    await form.getByLabel('Votre nom').fill('Grand texte')
    await form.getByLabel('Votre commentaire').fill('Lisible à 200 %.')
    await form.getByRole('button', { name: 'Publier le commentaire' }).click()
    await expect(page.getByRole('article', { name: 'Grand texte' })).toBeVisible()
  })

  test('every control is a comfortable target: 44 px on a phone, 24 px on a desktop', async ({
    page,
    isMobile,
  }) => {
    const minimum = isMobile ? 44 : 24
    for (const url of ['/', articleUrl]) {
      await page.goto(url)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      if (url === articleUrl) await page.getByRole('button', { name: 'Répondre' }).first().click()
      const small = await page.evaluate((min) => {
        // Links inside running text are exempt (WCAG 2.5.8 "inline"); everything else is measured.
        const controls = [...document.querySelectorAll('button, input, select, textarea, a[href]')].filter(
          (element) => !element.closest('p, li p, h2, h3, [dir="auto"]') || element.matches('label a, nav a'),
        )
        const tooSmall = controls
          .filter((element) => {
            const box = element.getBoundingClientRect()
            if (box.width === 0 && box.height === 0) return false
            const style = getComputedStyle(element)
            if (style.visibility === 'hidden' || element.closest('.visually-hidden, [hidden]')) return false
            // A visually hidden input whose label is the target (the rating's stars).
            const target = element.matches('input[type=radio]')
              ? (element.closest('label') ?? element)
              : element
            const targetBox = target.getBoundingClientRect()
            return targetBox.width < min || targetBox.height < min
          })
          .map(
            (element) =>
              `${element.tagName} "${element.textContent.trim().slice(0, 30) || element.getAttribute('aria-label') || ''}"`,
          )
        return { measured: controls.length, tooSmall }
      }, minimum)
      expect(small.measured, `controls measured on ${url}`).toBeGreaterThan(15)
      expect(small.tooSmall, `targets under ${minimum} px on ${url}`).toEqual([])
    }
  })
})
