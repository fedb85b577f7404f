/** Comments: posting, replying, and a permalink to a comment. */
import { isartaArticle as seed } from '../../../mocks/data/seed-isarta.ts'
import { check, type Journey } from '../journey.ts'
import { role } from '../locator.ts'

const articlePath = `/articles/${seed.slug}`

export const commentJourneys: Journey[] = [
  {
    name: 'a reader posts a comment, then replies to it',
    async run({ tab, unique }) {
      await tab.goto(articlePath)
      const name = unique('Lucie')
      const form = role('form', 'Ajouter un commentaire')
      await tab.type(form.label('Votre nom'), name)
      await tab.type(form.label('Votre commentaire'), 'Tout à fait d’accord, merci pour ce texte.')
      await tab.click(form.role('button', 'Publier le commentaire'))

      const posted = role('article', name)
      await tab.expectFocused(posted)
      await tab.expectText(posted, /Tout à fait d’accord, merci pour ce texte\./)
      await tab.expectTrue(
        'the comment box is empty again',
        (steps) => (window.__engines.find(steps) as HTMLTextAreaElement).value === '',
        form.label('Votre commentaire').steps,
      )

      await tab.click(posted.role('button', 'Répondre'))
      const replyForm = role('form', `Répondre à ${name}`)
      const replyBody = replyForm.label('Votre réponse')
      await tab.expectFocused(replyBody)
      const remembered = await tab.evaluate(
        (steps) => (window.__engines.find(steps) as HTMLInputElement).value,
        replyForm.label('Votre nom').steps,
      )
      check(remembered === name, `the reply form should remember the name "${name}", not "${remembered}"`)
      await tab.type(replyBody, 'Et je précise ma pensée.')
      await tab.click(replyForm.role('button', 'Publier la réponse'))

      const reply = role('list', `Réponses à ${name}`).role('article', name)
      await tab.expectVisible(reply)
      await tab.expectText(reply, /Et je précise ma pensée\./)
      await tab.expectHidden(replyForm)
      await tab.expectNoHorizontalOverflow('the thread with the new comment and reply')
    },
  },
  {
    name: 'a permalink (#commentaire-…) opens the thread at the comment, focused and highlighted',
    async run({ tab }) {
      await tab.goto(articlePath)
      const sylvie = role('article', 'Sylvie Gagnon')
      await tab.expectVisible(sylvie)
      const id = await tab.evaluate((steps) => window.__engines.find(steps).id, sylvie.steps)
      check(/^commentaire-\w+$/.test(id), `a comment's anchor should be #commentaire-…, not #${id}`)

      await tab.goto('/')
      await tab.expectVisible(
        role('heading', /^Chronique\s+Le meilleur des magazines en ligne/, { level: 1 }),
      )
      await tab.goto(`${articlePath}#${id}`)
      await tab.expectFocused(sylvie)
      await tab.expectInViewport(sylvie)
      await tab.expectTrue(
        'the comment is highlighted',
        (steps) => window.__engines.find(steps).getAttribute('data-highlighted') === 'true',
        sylvie.steps,
      )
    },
  },
]
