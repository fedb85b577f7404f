/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the REST API; default `/api`. */
  readonly VITE_API_BASE_URL?: string
  /** `off` runs the development server against a real API instead of the mocks. */
  readonly VITE_API_MOCKS?: string
  /** package.json version + git commit, for bug reports. */
  readonly VITE_APP_VERSION?: string
}

/**
 * True where the app runs on its mocked API with the QA tools: the development server (unless
 * `VITE_API_MOCKS=off`) and the QA build (`npm run build:qa`). A literal replaced at build time
 * (vite.config.ts), so the production build keeps none of the mocks' code.
 */
declare const __MOCKED_API__: boolean

/**
 * True where pages may carry the server's answers inline (src/app/server-data.ts): the WordPress
 * build, which the plugin serves, and the development server. The static build's pages never do, so
 * it ships none of that code; its first requests start from index.html instead (early-requests.ts).
 */
declare const __SERVER_DATA__: boolean
