import { XSS_VECTORS } from '../mocks/data/xss-vectors.ts'
import { expect, frontPageHeading, test } from './fixtures'

/**
 * The XSS regression suite: every vector of the corpus goes through the real UI (the `xss-corpus`
 * scenario makes /articles/xss-<n> carry vector n as its title, body HTML, author name and comment),
 * with a detector in every frame. Nothing may run, and text must stay text, character for character.
 */
// In slices that run side by side: one test for all 270 vectors took five minutes on a busy machine.
const SLICES = 6
const sliceSize = Math.ceil(XSS_VECTORS.length / SLICES)
const slices = Array.from({ length: SLICES }, (_, index) =>
  XSS_VECTORS.slice(index * sliceSize, (index + 1) * sliceSize),
)

test.describe('hostile content @desktop-only', () => {
  for (const [index, vectors] of slices.entries()) {
    test(`none of the ${XSS_VECTORS.length} XSS vectors runs, as article body, title, author name or comment (slice ${index + 1} of ${SLICES}: ${vectors.length} vectors)`, async ({
      page,
    }) => {
      test.setTimeout(180_000)
      const fired: unknown[] = []
      // Installed in every frame, so a vector escaping into an iframe is caught too.
      await page.exposeFunction('pwned', (id: unknown) => fired.push(id))
      await page.goto('/?scenario=xss-corpus')
      await expect(page.getByRole('heading', { level: 1, name: frontPageHeading.fr })).toBeVisible()

      for (const vector of vectors) {
        const slug = `xss-${vector.id}`
        // A client-side navigation, as a reader following links: much faster than a page load each. The
        // comment's permalink makes the thread show at once, instead of when the browser is idle.
        await page.evaluate((path) => {
          window.history.pushState(null, '', path)
          window.dispatchEvent(new PopStateEvent('popstate'))
        }, `/articles/${slug}#commentaire-${slug}`)
        const comment = page.locator(`#commentaire-${slug}`)
        await expect(comment).toBeVisible()

        const shown = await page.evaluate(() => ({
          title: document.querySelector('h1')?.textContent,
          commentName: document.querySelector('[id^="commentaire-"] bdi')?.textContent,
          commentBody: document.querySelector('[id^="commentaire-"] p[dir="auto"]')?.textContent,
          byline: document.querySelector('article [href^="/auteurs/"]')?.textContent,
          // Anything executable left in the page after sanitising.
          dangerous: [...document.querySelectorAll('#contenu *')].flatMap((element) =>
            [...element.attributes]
              .filter(
                (attribute) =>
                  attribute.name.startsWith('on') ||
                  (/^(href|src|action|formaction|xlink:href|data|srcdoc)$/i.test(attribute.name) &&
                    /^\s*(javascript|data|vbscript):/i.test(attribute.value)) ||
                  attribute.name === 'srcdoc',
              )
              .map(
                (attribute) => `<${element.tagName.toLowerCase()} ${attribute.name}="${attribute.value}">`,
              ),
          ),
          scripts: document.querySelectorAll(
            '#contenu script, #contenu iframe, #contenu object, #contenu embed',
          ).length,
        }))
        expect(shown.title, `vector ${vector.id}: title`).toBe(vector.html)
        expect(shown.commentName, `vector ${vector.id}: comment author`).toBe(vector.html)
        expect(shown.commentBody, `vector ${vector.id}: comment body`).toBe(vector.html)
        expect(shown.byline, `vector ${vector.id}: author name`).toBe(vector.html)
        expect(shown.dangerous, `vector ${vector.id}: executable attributes`).toEqual([])
        expect(shown.scripts, `vector ${vector.id}: scripts or frames`).toBe(0)
        expect(fired, `vector ${vector.id} ran`).toEqual([])
      }
      // Late handlers get their chance: every image has loaded or failed (its events dispatched in the
      // task after), then one more task and frame.
      await expect
        .poll(() => page.evaluate(() => [...document.images].every((image) => image.complete)))
        .toBe(true)
      await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(resolve), 0)))
      expect(fired).toEqual([])

      // The detector itself works: an unsanitised handler, added on purpose, is caught.
      await page.evaluate(() => {
        const image = document.createElement('img')
        image.setAttribute('onerror', 'pwned(0)')
        image.src = 'x'
        document.body.append(image)
      })
      await expect.poll(() => fired).toEqual([0])
    })
  }
})
