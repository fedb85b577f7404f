import baseConfig from './playwright.config.ts'
import { defineConfig } from '@playwright/test'

const servers = Array.isArray(baseConfig.webServer) ? baseConfig.webServer : [baseConfig.webServer]
/** The QA build (`npm run build:qa`, `npm run preview:qa`): the app as it ships, on its mocked API. */
const qaServer = servers.find((server) => server?.command.includes('build:qa'))
if (!qaServer) throw new Error('playwright.config.ts has no QA build server')

/** Reuses the e2e setup (Debian Chromium, the QA build on its mocks) for the README's screenshots. */
export default defineConfig({
  ...baseConfig,
  testDir: 'scripts/screenshots',
  testMatch: '*.spec.ts',
  reporter: 'list',
  projects: [{ name: 'screenshots' }],
  webServer: qaServer,
})
