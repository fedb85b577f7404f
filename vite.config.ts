import './config/require-node-24.ts'
import { securityHeaders } from './config/content-security-policy.ts'
import { pwaOptions } from './config/pwa-options.ts'
import { execSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { msw } from 'msw/vite'
import { defineConfig, loadEnv, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import type * as MockMiddlewareModule from './mocks/node-middleware.ts'

/**
 * What every page runs on, as one file; anything else from node_modules (including the parts of
 * TanStack Query only the comment thread and the forms use) loads with the feature that uses it.
 */
const FRAMEWORK_MODULES =
  /node_modules\/((react|react-dom|scheduler|react-router|valibot|react-error-boundary)\/|@tanstack\/(query-core|react-query)\/build\/modern\/(?!(mutationObserver|infiniteQueryObserver|hydration|useMutation|useMutationState|useInfiniteQuery|useSuspenseInfiniteQuery|useIsMutating)\.js))/

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url))

function gitCommit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim()
  } catch {
    return 'sans-git'
  }
}

/**
 * The development server answers /api itself with the mock handlers (and serves the seed images), for
 * browsers where the mock service worker cannot run: service workers need a secure context, which a
 * phone opening http://<LAN-IP>:5173 does not have. Where the worker runs, requests never get here.
 */
function mockApiOnDevServer(): Plugin {
  return {
    name: 'chronique:mock-api',
    apply: 'serve',
    async configureServer(server) {
      // Loaded at run time by path: the config bundler must not pull the mocks into itself.
      const modulePath = pathToFileURL(fromRoot('./mocks/node-middleware.ts')).href
      const { mockApiMiddleware } = (await import(modulePath)) as typeof MockMiddlewareModule
      server.middlewares.use(mockApiMiddleware())
    },
  }
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '')
  // `npm run preview` serves the production build; without a real API next to it, /api is proxied to
  // the standalone mock server (`npm run mock:api`) so deep links and data work there too.
  const previewApiTarget = env.CHRONIQUE_PREVIEW_API ?? 'http://127.0.0.1:8787'

  const appVersion = `${(JSON.parse(readFileSync(fromRoot('./package.json'), 'utf8')) as { version: string }).version}+${gitCommit()}`

  return {
    // Shown in the QA panel's debug info, so a bug report says which build it is about.
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(appVersion) },
    plugins: [
      react(),
      // Serves mockServiceWorker.js straight from the msw package, to the development server only:
      // the plugin would also emit it into dist/, and the production build must not ship it.
      { ...msw({ mode: 'worker-only' }), apply: 'serve' },
      mockApiOnDevServer(),
      // The manifest and, in the production build only, the service worker (offline reading).
      VitePWA(pwaOptions({ apiBaseUrl: env.VITE_API_BASE_URL })),
    ],
    resolve: {
      alias: {
        '@/': fromRoot('./src/'),
        '@mocks/': fromRoot('./mocks/'),
        '@test/': fromRoot('./test/'),
      },
    },
    server: {
      port: 5173,
      // A hostname the e2e tests map to 127.0.0.1 to reproduce a phone on the LAN (no secure context).
      allowedHosts: ['phone.test'],
    },
    preview: {
      port: 4173,
      // The production build is previewed under the production security headers (strict CSP).
      headers: securityHeaders({
        apiBaseUrl: env.VITE_API_BASE_URL,
        imageOrigins: (env.CHRONIQUE_IMAGE_ORIGINS ?? '').split(/\s+/).filter(Boolean),
      }),
      proxy: {
        '/api': { target: previewApiTarget, changeOrigin: true },
        '/images': { target: previewApiTarget, changeOrigin: true },
      },
    },
    build: {
      target: 'es2022',
      sourcemap: true,
      // dist/.vite/manifest.json: which chunks each page loads, for the bundle budget check.
      manifest: true,
      rolldownOptions: {
        output: {
          codeSplitting: {
            // The libraries every page needs, as one long-cached file: one request, and gzip compresses
            // them better together than as the handful of pieces automatic splitting makes.
            groups: [{ name: 'framework', test: FRAMEWORK_MODULES }],
          },
        },
      },
    },
  }
})
