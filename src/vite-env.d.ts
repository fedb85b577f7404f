/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the REST API; default `/api`. */
  readonly VITE_API_BASE_URL?: string
  /** `off` runs the development server against a real API instead of the mocks. */
  readonly VITE_API_MOCKS?: string
  /** package.json version + git commit, for bug reports. */
  readonly VITE_APP_VERSION?: string
}
