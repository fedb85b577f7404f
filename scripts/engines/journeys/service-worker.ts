/**
 * The service worker's "Nouvelle version disponible": never on the first install — not even when
 * another page loads while that install still runs, which once made Firefox prompt — and always for a
 * real update, on the page that found it and on the next visit.
 */
import { isartaArticle as seed } from '../../../mocks/data/seed-isarta.ts'
import type { Journey } from '../journey.ts'
import { role } from '../locator.ts'
import type { Tab } from '../tab.ts'

const updatePrompt = role('region', 'Nouvelle version disponible')

function expectControlledWithNothingWaiting(tab: Tab) {
  return tab.expectTrue(
    'the page is controlled by an active worker, and no other version waits',
    async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      return (
        navigator.serviceWorker.controller !== null &&
        Boolean(registration?.active) &&
        !registration?.waiting &&
        !registration?.installing
      )
    },
  )
}

export const serviceWorkerJourneys: Journey[] = [
  {
    name: 'the first install offers no new version, even with another page opened while it runs',
    async run({ tab, site }) {
      // The install's request for the app shell waits: the first install lasts until this journey lets
      // it finish.
      const install = site.holdServiceWorkerInstall()
      try {
        await tab.goto('/')
        await tab.expectCount(role('article'), 12)
        // Seen from the server: asking the page (getRegistration) may itself wait for the install.
        await tab.waitFor(
          'the first install is under way (its request for the app shell waits)',
          () => Promise.resolve(install.waiting()),
          (requests) => requests > 0,
        )
        // Another page, fully loaded while the first install runs; it registers the worker too.
        await tab.goto(`/articles/${seed.slug}`)
        await tab.expectVisible(role('heading', seed.title, { level: 1 }))
        await tab.expectTrue(
          'the second page has asked to register the worker',
          () => window.__engines.registrations.started > 0,
        )
      } finally {
        install.release()
      }
      await tab.expectTrue(
        'the second page’s registration has settled',
        () => window.__engines.registrations.settled > 0,
      )
      await expectControlledWithNothingWaiting(tab)
      await tab.settle()
      await tab.expectHidden(updatePrompt)
      await tab.expectVisible(role('heading', seed.title, { level: 1 }))
    },
  },
  {
    name: 'a real update offers "Nouvelle version disponible", again on the next visit, and switches',
    async run({ tab, site }) {
      await tab.goto('/')
      await tab.expectCount(role('article'), 12)
      await expectControlledWithNothingWaiting(tab)
      await tab.settle()
      await tab.expectHidden(updatePrompt)

      site.deployNewVersion()
      try {
        await tab.evaluate(async () => {
          await (await navigator.serviceWorker.getRegistration())?.update()
        })
        await tab.expectVisible(updatePrompt)
        await tab.expectText(updatePrompt, /La page sera rechargée/)

        // "Plus tard" hides it for this visit only.
        await tab.click(updatePrompt.role('button', 'Plus tard'))
        await tab.expectHidden(updatePrompt)
        await tab.reload()
        await tab.expectVisible(updatePrompt)

        await tab.evaluate(() => {
          Object.assign(window, { beforeTheUpdate: true })
        })
        await tab.click(updatePrompt.role('button', 'Mettre à jour'))
        await tab.expectTrue('the page has reloaded', () => !('beforeTheUpdate' in window))
        await tab.expectCount(role('article'), 12)
        await expectControlledWithNothingWaiting(tab)
        await tab.settle()
        await tab.expectHidden(updatePrompt)
      } finally {
        site.undeploy()
      }
    },
  },
]
