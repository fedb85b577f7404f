import './config/require-node-24.ts'
import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './config/chromium.ts'
import { serversFor } from './config/selected-projects.ts'

const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? 5199)
const QA_PORT = Number(process.env.E2E_QA_PORT ?? 4198)
const PREVIEW_PORT = Number(process.env.E2E_PREVIEW_PORT ?? 4199)
const MOCK_API_PORT = Number(process.env.E2E_MOCK_API_PORT ?? 8799)
/** The production build against the local WordPress (`npm run wordpress`'s site, on its own port). */
const WORDPRESS_APP_PORT = Number(process.env.E2E_WORDPRESS_APP_PORT ?? 4197)
const WORDPRESS_PORT = Number(process.env.CHRONIQUE_WP_PORT ?? 8431)
const WORDPRESS_API = `http://127.0.0.1:${WORDPRESS_PORT}/wp-json/chronique/v1`

/** Journeys that run on the QA build by default; these need a particular server. */
const SERVER_SPECIFIC = [
  'production.spec.ts',
  'lan-phone.spec.ts',
  'offline-reading.spec.ts',
  'dev-server.spec.ts',
  'wordpress*.spec.ts',
]

/** One server of `webServer`. */
type WebServer = Extract<NonNullable<PlaywrightTestConfig['webServer']>, unknown[]>[number]

const chromium = { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${QA_PORT}`,
    locale: 'fr-CA',
    timezoneId: 'America/Toronto',
    launchOptions: chromium,
    trace: 'retain-on-failure',
  },
  projects: [
    // The QA build (`npm run build:qa`: the app bundled, on its mocked API, the REST API mocked in the
    // browser by the service worker), on a desktop and a phone.
    {
      name: 'desktop',
      testIgnore: SERVER_SPECIFIC,
      grepInvert: /@phone-only/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } },
    },
    {
      name: 'phone',
      testIgnore: SERVER_SPECIFIC,
      grepInvert: /@desktop-only/,
      use: { ...devices['Pixel 7'] },
    },
    // `npm run dev` itself: the development server compiles and serves the app on its mocks.
    {
      name: 'dev',
      testMatch: 'dev-server.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${DEV_PORT}` },
    },
    // A phone on the LAN: a plain-http hostname is no secure context, so no service worker; the dev
    // server answers /api itself.
    {
      name: 'lan-phone',
      testMatch: 'lan-phone.spec.ts',
      use: {
        ...devices['Pixel 7'],
        baseURL: `http://phone.test:${DEV_PORT}`,
        launchOptions: {
          ...chromium,
          args: [...chromium.args, '--host-resolver-rules=MAP phone.test 127.0.0.1'],
        },
      },
    },
    // The production build, unchanged, against a plain HTTP server that follows the contract.
    {
      name: 'production',
      testMatch: ['production.spec.ts', 'offline-reading.spec.ts'],
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${PREVIEW_PORT}` },
    },
    // The production build, built for the plugin's API, on a real WordPress: desktop and phone journeys;
    // and the app as the plugin itself serves it (wordpress-app.spec.ts, on the site's own address).
    // One site for both files: one file at a time.
    {
      name: 'wordpress',
      testMatch: 'wordpress*.spec.ts',
      workers: 1,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${WORDPRESS_APP_PORT}` },
    },
    // Offline reading (service worker, manifest) on a phone, on the same production build.
    {
      name: 'production-phone',
      testMatch: 'offline-reading.spec.ts',
      use: { ...devices['Pixel 7'], baseURL: `http://localhost:${PREVIEW_PORT}` },
    },
  ],
  // Each server says which projects need it; `--project` starts only those.
  webServer: serversFor<WebServer>([
    {
      projects: ['desktop', 'phone'],
      command: `npm run build:qa && npm run preview:qa -- --port ${QA_PORT} --strictPort`,
      url: `http://localhost:${QA_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      projects: ['dev', 'lan-phone'],
      command: `npm run dev -- --port ${DEV_PORT} --strictPort`,
      url: `http://localhost:${DEV_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      projects: ['production', 'production-phone'],
      command: 'npm run mock:api',
      url: `http://127.0.0.1:${MOCK_API_PORT}/api/categories`,
      env: { PORT: String(MOCK_API_PORT) },
      reuseExistingServer: !process.env.CI,
    },
    {
      projects: ['production', 'production-phone'],
      command: `npm run build && npm run preview -- --port ${PREVIEW_PORT} --strictPort`,
      url: `http://localhost:${PREVIEW_PORT}`,
      env: { CHRONIQUE_PREVIEW_API: `http://127.0.0.1:${MOCK_API_PORT}` },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    // A real WordPress with the plugin and the mocks' content (Debian's packages; see docs/wordpress-dev.md),
    // serving the app built for it at its root too (built first when its sources changed).
    {
      projects: ['wordpress'],
      command: 'node scripts/wordpress/cli.ts serve --quiet',
      url: `${WORDPRESS_API}/categories`,
      env: {
        CHRONIQUE_WP_ORIGINS: `http://localhost:${WORDPRESS_APP_PORT}`,
        // Tests post quickly from one address; the flood test turns the check on for its requests.
        CHRONIQUE_WP_FLOOD: 'off',
        CHRONIQUE_WP_APP: '1',
      },
      reuseExistingServer: !process.env.CI,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      timeout: 120_000,
    },
    {
      projects: ['wordpress'],
      command: `npm run build -- --outDir dist-wordpress && npm run preview -- --outDir dist-wordpress --port ${WORDPRESS_APP_PORT} --strictPort`,
      url: `http://localhost:${WORDPRESS_APP_PORT}`,
      env: { VITE_API_BASE_URL: WORDPRESS_API },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ]),
})
