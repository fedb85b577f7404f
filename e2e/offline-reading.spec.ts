/**
 * Offline reading, on the production build (`vite preview`) with its service worker: what a reader
 * opened once reads again without a network; what they never opened says so; a new version is
 * offered, never forced; the app can be installed.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, seedArticle, test } from './fixtures'

const neverOpened = {
  slug: 'teletravail-le-grand-malaise-des-gestionnaires',
  title: 'Télétravail\u00a0: le grand malaise des gestionnaires',
}

/** The worker registers once the first page is loaded and idle; from then on it answers this page. */
async function waitForServiceWorkerControl(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 20_000,
  })
}

function offlineNotice(page: Page) {
  return page.getByRole('status').filter({ hasText: 'Vous êtes hors ligne' })
}

function commentForm(page: Page) {
  return page.getByRole('form', { name: 'Ajouter un commentaire' })
}

function updatePrompt(page: Page) {
  return page.getByRole('region', { name: 'Nouvelle version disponible' })
}

/**
 * The preview server seen through a small proxy that can "deploy" a new version: from then on its
 * sw.js has other bytes, as after a real deployment. Only the test that asks for it sees the change,
 * on its own origin (so its own service worker), while the other tests keep the build as it is.
 */
async function startDeployableSite(previewUrl: string) {
  let isNewVersionDeployed = false
  const server = createServer((request, response) => {
    void (async () => {
      const upstream = await fetch(new URL(request.url ?? '/', previewUrl), {
        method: request.method,
        headers: { accept: request.headers.accept ?? '*/*' },
      })
      const headers = Object.fromEntries(
        [...upstream.headers].filter(
          ([name]) => !/^(content-encoding|content-length|transfer-encoding)$/.test(name),
        ),
      )
      let body = Buffer.from(await upstream.arrayBuffer())
      if (isNewVersionDeployed && request.url === '/sw.js') {
        body = Buffer.concat([body, Buffer.from('\n// Une nouvelle version.\n')])
      }
      response.writeHead(upstream.status, headers).end(body)
    })().catch(() => response.writeHead(502).end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    // localhost, not 127.0.0.1: service workers need a secure context, which localhost is.
    url: `http://localhost:${port}/`,
    deployNewVersion: () => {
      isNewVersionDeployed = true
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

async function serviceWorkerState(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    return {
      isControlled: navigator.serviceWorker.controller !== null,
      hasWaiting: Boolean(registration?.waiting),
    }
  })
}

async function checkForUpdate(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    await registration?.update()
  })
}

test.describe('offline reading', () => {
  test('an article read online opens again offline, with its first comments, and a comment waits for the connection', async ({
    page,
    context,
  }, testInfo) => {
    await page.goto('/')
    await expect(page.getByRole('article')).toHaveCount(12)
    await waitForServiceWorkerControl(page)
    await page.getByRole('link', { name: seedArticle.title }).click()
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await expect(page.getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()

    await context.setOffline(true)
    await page.reload()
    const article = page.getByRole('article', { name: seedArticle.title })
    await expect(page.getByRole('heading', { level: 1, name: seedArticle.title })).toBeVisible()
    await expect(
      article.getByRole('heading', { level: 2, name: 'L’évangélisation nécessaire des dirigeants' }),
    ).toBeVisible()
    await expect(article.getByText(/^Je suis très heureux de me joindre aux collaborateurs/)).toBeVisible()
    await expect(page.getByRole('article', { name: 'Sylvie Gagnon' })).toBeVisible()
    await expect(offlineNotice(page)).toBeVisible()

    // Projects and runs post to the same mock server: each its own name.
    const name = `Métro ${testInfo.project.name} ${Date.now().toString(36)}`
    const form = commentForm(page)
    await form.getByLabel('Votre nom').fill(name)
    await form.getByLabel('Votre commentaire').fill('Écrit sous terre, envoyé à la sortie.')
    await form.getByRole('button', { name: 'Publier le commentaire' }).click()
    const pending = page.getByRole('article', { name })
    await expect(pending).toContainText('En attente de connexion')
    await expect(pending).toContainText('Votre commentaire sera envoyé dès le retour de la connexion.')
    await expect(form.getByRole('button', { name: 'En attente de connexion' })).toBeVisible()

    await context.setOffline(false)
    await expect(pending).not.toContainText('En attente de connexion')
    await expect(page.getByRole('article', { name })).toHaveCount(1)
  })

  test('an article never opened says it is not kept for offline reading, under the app’s own header', async ({
    page,
    context,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('article')).toHaveCount(12)
    await waitForServiceWorkerControl(page)

    await context.setOffline(true)
    await page.goto(`/articles/${neverOpened.slug}`)
    await expect(page.getByRole('banner').getByRole('link', { name: /accueil/ })).toBeVisible()
    await expect(
      page.getByText('Vous êtes hors ligne, et cette page n’a pas encore été ouverte sur cet appareil', {
        exact: false,
      }),
    ).toBeVisible({ timeout: 15_000 })
    await expect(offlineNotice(page)).toBeVisible()

    await context.setOffline(false)
    await page.getByRole('button', { name: 'Réessayer' }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: neverOpened.title })).toBeVisible()
  })

  test('a new version is offered politely, and "Mettre à jour" switches to it', async ({
    page,
  }, testInfo) => {
    const site = await startDeployableSite(testInfo.project.use.baseURL!)
    try {
      await page.goto(site.url)
      await expect(page.getByRole('article')).toHaveCount(12)
      await waitForServiceWorkerControl(page)
      await expect(updatePrompt(page)).toHaveCount(0)

      site.deployNewVersion()
      await checkForUpdate(page)
      const prompt = updatePrompt(page)
      await expect(prompt).toBeVisible()
      await expect(prompt).toContainText('La page sera rechargée')
      // Polite: announced, and focus stays where the reader is.
      await expect(
        page.getByText('Nouvelle version de Chronique disponible.', { exact: false }),
      ).toBeAttached()
      await expect(prompt.getByRole('button', { name: 'Mettre à jour' })).not.toBeFocused()
      await expectNoAxeViolations(page)

      // "Plus tard" only hides it for this visit; the next visit offers it again.
      await prompt.getByRole('button', { name: 'Plus tard' }).click()
      await expect(prompt).toHaveCount(0)
      await page.reload()
      await expect(updatePrompt(page)).toBeVisible({ timeout: 15_000 })
      expect(await serviceWorkerState(page)).toEqual({ isControlled: true, hasWaiting: true })

      const reloaded = page.waitForEvent('load', { timeout: 15_000 })
      await updatePrompt(page).getByRole('button', { name: 'Mettre à jour' }).press('Enter')
      await reloaded
      await expect(page.getByRole('article')).toHaveCount(12)
      // The waiting version took over: nothing waits any more, and nothing is offered.
      expect(await serviceWorkerState(page)).toEqual({ isControlled: true, hasWaiting: false })
      await expect(updatePrompt(page)).toHaveCount(0)
    } finally {
      await site.close()
    }
  })

  test('the app can be installed: a manifest in French with its icons, all reachable', async ({
    page,
    request,
  }) => {
    await page.goto('/')
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href')
    expect(manifestHref).toBeTruthy()
    const response = await request.get(manifestHref!)
    expect(response.ok()).toBe(true)
    const manifest = (await response.json()) as {
      name: string
      short_name: string
      lang: string
      display: string
      start_url: string
      theme_color: string
      background_color: string
      icons: { src: string; sizes: string; type: string; purpose?: string }[]
    }
    expect(manifest).toMatchObject({
      name: 'Chronique',
      short_name: 'Chronique',
      lang: 'fr-CA',
      display: 'standalone',
      start_url: '/',
      theme_color: '#faf9f6',
      background_color: '#faf9f6',
    })
    expect(manifest.icons.map(({ sizes, purpose }) => `${sizes} ${purpose ?? 'any'}`)).toEqual(
      expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
    )

    const appleTouchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')
    const icons = [...manifest.icons, { src: appleTouchIcon!, sizes: '180x180', type: 'image/png' }]
    for (const icon of icons) {
      const image = await request.get(icon.src)
      expect(image.ok(), icon.src).toBe(true)
      expect(image.headers()['content-type'], icon.src).toContain(icon.type)
      if (icon.type === 'image/png') {
        // The PNG header's width and height (IHDR) are the size the manifest promises.
        const bytes = await image.body()
        expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes)
      }
    }
  })
})
