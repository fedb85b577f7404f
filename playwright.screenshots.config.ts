import baseConfig from './playwright.config.ts'
import { defineConfig } from '@playwright/test'

/** Reuses the e2e setup (Debian Chromium, the dev server on its mocks) for the README's screenshots. */
export default defineConfig({
  ...baseConfig,
  testDir: 'scripts/screenshots',
  testMatch: '*.spec.ts',
  reporter: 'list',
  projects: [{ name: 'screenshots' }],
  webServer: Array.isArray(baseConfig.webServer) ? baseConfig.webServer[0] : baseConfig.webServer,
})
