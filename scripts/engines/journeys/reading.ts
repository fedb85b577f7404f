/** Reading: the list, the seed article, "Retour en haut de la page", and "Affichage". */
import { isartaArticle as seed } from '../../../mocks/data/seed-isarta.ts'
import { check, type Journey } from '../journey.ts'
import { role } from '../locator.ts'

const seedTitle = role('heading', seed.title, { level: 1 })

export const readingJourneys: Journey[] = [
  {
    name: 'the list of articles',
    async run({ tab }) {
      await tab.goto('/')
      await tab.expectVisible(
        role('heading', /^Chronique\s+Le meilleur des magazines en ligne/, { level: 1 }),
      )
      await tab.expectCount(role('article'), 12)
      await tab.expectVisible(role('link', seed.title))
      await tab.expectVisible(role('navigation', 'Pagination'))
      await tab.expectNoHorizontalOverflow('the list')
    },
  },
  {
    name: 'the seed article: bio, related links, photo credit',
    async run({ tab }) {
      await tab.goto('/')
      await tab.click(role('link', seed.title))
      await tab.expectFocused(seedTitle)
      const article = role('article', seed.title)
      const cover = article.role('img', /^Illustration de l’entreprise numérique/)
      await tab.expectVisible(cover)
      await tab.expectTrue(
        'the cover image has loaded',
        (steps) => {
          const image = window.__engines.find(steps) as HTMLImageElement
          return image.complete && image.naturalWidth > 0
        },
        cover.steps,
      )
      await tab.expectVisible(article.text('Photo: ©Paul Labelle Photographe inc.'))

      const bio = role('region', 'À propos de l’auteur')
      await tab.expectVisible(bio.text(/Consultant senior Stratégies Web\/médias sociaux/))
      await tab.expectVisible(bio.role('link', 'Ses chroniques sur Isarta Infos (site externe)'))
      await tab.expectVisible(bio.role('link', 'Tous les articles de Raymond Morin'))

      const related = role('region', 'À lire aussi sur le sujet')
      await tab.expectCount(related.role('link'), 3)
      await tab.expectCount(related.role('link', /\(site externe\)$/), 3)
      await tab.expectVisible(role('heading', /^Commentaires \(\d+\)$/, { level: 2 }))
      await tab.expectNoHorizontalOverflow('the seed article')
    },
  },
  {
    name: '"Retour en haut de la page" scrolls up and puts the focus at the top',
    async run({ tab }) {
      await tab.goto(`/articles/${seed.slug}`)
      await tab.expectVisible(seedTitle)
      const backToTop = role('button', 'Retour en haut de la page')
      await tab.expectHidden(backToTop)

      // Down to the thread, until its code is in (the page grows), then to the very end, where the
      // footer keeps room for the button on every screen size. The thread's comments take their real
      // height as they render (other engines' comments among them), so the end may move: scroll again
      // until the page stays at its end.
      await tab.evaluate(() =>
        window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
      )
      await tab.expectVisible(role('button', 'Publier le commentaire'))
      await tab.expectTrue('the page is at its very end, past the first screen', () => {
        window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' })
        return new Promise<boolean>((resolve) =>
          // Two frames: the app has seen the scroll, and the page has laid out what it rendered.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const { scrollHeight } = document.documentElement
              resolve(
                window.scrollY > window.innerHeight &&
                  window.scrollY + window.innerHeight >= scrollHeight - 2,
              )
            }),
          ),
        )
      })
      await tab.expectInViewport(backToTop)

      await tab.click(backToTop)
      await tab.expectTrue('the page is back at the top', () => window.scrollY === 0)
      await tab.expectFocused(role('link', 'Aller au contenu'))
      await tab.expectHidden(backToTop)
    },
  },
  {
    name: '"Affichage": the dark theme and a larger text, kept after a reload',
    async run({ tab }) {
      const bodyLuminance = () => {
        const [red = 0, green = 0, blue = 0] = (
          getComputedStyle(document.body).backgroundColor.match(/\d+(\.\d+)?/g) ?? []
        ).map(Number)
        return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255
      }
      const rootFontSize = () => parseFloat(getComputedStyle(document.documentElement).fontSize)
      const isChecked = (steps: typeof sombre.steps) =>
        (window.__engines.find(steps) as HTMLInputElement).checked

      await tab.goto(`/articles/${seed.slug}`)
      await tab.expectVisible(seedTitle)
      const light = await tab.evaluate(bodyLuminance)
      check(light > 0.8, `the page should start light; its background's luminance is ${light}`)
      check((await tab.evaluate(rootFontSize)) === 16, 'the text should start at 16 px')

      const toggle = role('button', 'Affichage')
      await tab.click(toggle)
      const sombre = role('group', 'Thème').role('radio', 'Sombre')
      await tab.click(sombre)
      await tab.waitFor(
        'the page turns dark',
        () => tab.evaluate(bodyLuminance),
        (luminance) => luminance < 0.2,
      )
      const largest = role('group', 'Taille du texte').role('radio', 'Très grande')
      await tab.click(largest)
      await tab.waitFor(
        'the text grows by 30 %',
        () => tab.evaluate(rootFontSize),
        (size) => Math.abs(size - 20.8) < 0.01,
      )
      await tab.expectNoHorizontalOverflow('the article in very large text, dark')

      await tab.reload()
      await tab.expectVisible(seedTitle)
      const dark = await tab.evaluate(bodyLuminance)
      check(dark < 0.2, `the page should stay dark after a reload; its luminance is ${dark}`)
      const large = await tab.evaluate(rootFontSize)
      check(Math.abs(large - 20.8) < 0.01, `the text should stay very large after a reload, not ${large} px`)
      await tab.click(toggle)
      await tab.expectTrue('"Sombre" is still chosen', isChecked, sombre.steps)
      await tab.expectTrue('"Très grande" is still chosen', isChecked, largest.steps)
      await tab.expectNoHorizontalOverflow('the article after a reload')
      // Escape closes the panel, and the focus goes back to "Affichage".
      await tab.press('Escape')
      await tab.expectHidden(role('group', 'Thème'))
      await tab.expectFocused(toggle)
    },
  },
]
