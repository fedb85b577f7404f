import './config/require-node-24.ts'
import { securityHeaders } from './config/content-security-policy.ts'
import { earlyRequests } from './config/early-requests-plugin.ts'
import { pwaOptions } from './config/pwa-options.ts'
import { WORDPRESS_API_BASE, WORDPRESS_APP_DIR, WORDPRESS_MODE } from './config/wordpress-app.ts'
import { DEFAULT_API_BASE } from './src/lib/api-base.ts'
import { APP_BASE_META } from './src/lib/routing/app-base.ts'
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

type ChunkingContext = { getModuleInfo: (id: string) => { importedIds: readonly string[] } | null }
let appShell: Set<string> | undefined
/**
 * The app's own modules every page runs (what src/main.tsx imports statically, the libraries aside),
 * as one file: left to itself the bundler cuts them into five or six small ones, each compressed on its
 * own and each a request.
 */
function isAppShell(id: string, ctx: ChunkingContext): boolean {
  if (!appShell) {
    appShell = new Set()
    const visit = (moduleId: string) => {
      if (appShell?.has(moduleId) || FRAMEWORK_MODULES.test(moduleId)) return
      appShell?.add(moduleId)
      for (const imported of ctx.getModuleInfo(moduleId)?.importedIds ?? []) visit(imported)
    }
    visit(fromRoot('./src/main.tsx'))
  }
  return appShell.has(id) && !id.endsWith('/src/main.tsx')
}

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
function mockApiOnServer({ onPreview }: { onPreview: boolean }): Plugin {
  // Loaded at run time by path: the config bundler must not pull the mocks into itself.
  const loadMiddleware = async () => {
    const modulePath = pathToFileURL(fromRoot('./mocks/node-middleware.ts')).href
    const { mockApiMiddleware } = (await import(modulePath)) as typeof MockMiddlewareModule
    return mockApiMiddleware()
  }
  return {
    name: 'chronique:mock-api',
    async configureServer(server) {
      server.middlewares.use(await loadMiddleware())
    },
    async configurePreviewServer(server) {
      if (onPreview) server.middlewares.use(await loadMiddleware())
    },
  }
}

/**
 * `vite build --mode qa` (`npm run build:qa`): the app bundled as for production, but on its mocked API
 * with the QA tools, in `dist-qa/`. QA testers can host it anywhere static, and the browser tests run on
 * it: a fresh browser context loads a dozen files instead of the development server's hundreds of
 * modules. It has no offline service worker (the mock API's worker owns the origin) and is previewed
 * without the production CSP (the mock worker's registration is not Trusted Types-aware).
 */
const QA_MODE = 'qa'

export default defineConfig(({ command, mode }) => {
  /**
   * `vite build --mode wordpress` (scripts/wordpress/app-build.ts, for `npm run wordpress:zip`): the
   * production build the WordPress plugin serves, in `wordpress/dist/app/` (config/wordpress-app.ts).
   * The same app, except:
   * - its API is the plugin's REST base on the site's own origin (`/wp-json/chronique/v1`, relative, so
   *   one build fits any site) unless VITE_API_BASE_URL says otherwise;
   * - its files address each other relatively (`base: './'`): the plugin serves them under the prefix
   *   chosen in its settings, writes absolute addresses into index.html, and tells the app that prefix
   *   with `<meta name="chronique-base">`, which `import.meta.env.BASE_URL` (the service worker's
   *   address and scope) reads here too (src/lib/routing/app-base.ts reads it for the routes);
   * - its service worker leaves WordPress's own pages alone (pwaOptions' `wordpress`);
   * - no source maps: the plugin's zip stays small.
   */
  const isWordPressBuild = command === 'build' && mode === WORDPRESS_MODE
  // Vite reads the app's VITE_ variables after this function: the default goes in before.
  if (isWordPressBuild) process.env.VITE_API_BASE_URL ??= WORDPRESS_API_BASE
  const env = loadEnv(mode, process.cwd(), '')
  const isQaBuild = mode === QA_MODE
  const isMockedApi = command === 'serve' ? env.VITE_API_MOCKS !== 'off' : isQaBuild
  // `npm run preview` serves the production build; without a real API next to it, /api is proxied to
  // the standalone mock server (`npm run mock:api`) so deep links and data work there too.
  const previewApiTarget = env.CHRONIQUE_PREVIEW_API ?? 'http://127.0.0.1:8787'

  // The entry chunks of this build, as index.html's preloads name them (build.modulePreload below).
  const entryChunks = new Set<string>()

  const appVersion = `${(JSON.parse(readFileSync(fromRoot('./package.json'), 'utf8')) as { version: string }).version}+${gitCommit()}`

  return {
    // Shown in the QA panel's debug info, so a bug report says which build it is about.
    define: {
      'import.meta.env.VITE_APP_VERSION': JSON.stringify(appVersion),
      __MOCKED_API__: JSON.stringify(isMockedApi),
      __SERVER_DATA__: JSON.stringify(command === 'serve' || isWordPressBuild),
      ...(isWordPressBuild
        ? {
            'import.meta.env.BASE_URL': `(document.querySelector('meta[name="${APP_BASE_META}"]')?.content || '/')`,
          }
        : {}),
    },
    ...(isWordPressBuild ? { base: './' } : {}),
    plugins: [
      react(),
      // Serves mockServiceWorker.js straight from the msw package to the development server, and emits
      // it into the QA build; the production build must not ship it.
      isQaBuild ? msw({ mode: 'worker-only' }) : { ...msw({ mode: 'worker-only' }), apply: 'serve' },
      mockApiOnServer({ onPreview: isQaBuild }),
      // The page's API data and code start from index.html, before the app's code has arrived. Not
      // where the API is mocked in the browser (QA), nor on WordPress, whose pages carry their data.
      ...(isMockedApi || isWordPressBuild ? [] : [earlyRequests({ apiBaseUrl: env.VITE_API_BASE_URL })]),
      // The manifest and, in the production build only, the service worker (offline reading).
      VitePWA({
        ...pwaOptions({ apiBaseUrl: env.VITE_API_BASE_URL, wordpress: isWordPressBuild }),
        disable: isQaBuild,
      }),
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
      headers: isQaBuild
        ? {}
        : securityHeaders({
            apiBaseUrl: env.VITE_API_BASE_URL,
            imageOrigins: (env.CHRONIQUE_IMAGE_ORIGINS ?? '').split(/\s+/).filter(Boolean),
          }),
      // The QA build answers /api and /images itself (mockApiOnServer); the production build asks a server.
      ...(isQaBuild
        ? {}
        : {
            proxy: {
              [DEFAULT_API_BASE]: { target: previewApiTarget, changeOrigin: true },
              '/images': { target: previewApiTarget, changeOrigin: true },
            },
          }),
    },
    build: {
      outDir: isQaBuild ? 'dist-qa' : isWordPressBuild ? WORDPRESS_APP_DIR : 'dist',
      // The QA build carries the seed data (its mock chunk is ~650 kB): large on purpose.
      chunkSizeWarningLimit: isQaBuild ? 1024 : 500,
      target: 'es2022',
      sourcemap: !isWordPressBuild,
      // dist/.vite/manifest.json: which chunks each page loads, for the bundle budget check.
      manifest: true,
      modulePreload: {
        // Every browser the build targets but Safari 16 preloads modules itself; Safari 16 only loses
        // the head start. The polyfill would cost every reader ~0.3 kB on the first load.
        polyfill: false,
        // A lazy chunk that imports from the entry chunk (the rating widget's does) lists it among the
        // files to preload; the entry is already running by then, and Firefox fires a resource `error`
        // on a modulepreload of a running module, which error monitoring would report. The entry chunk
        // is the one index.html preloads for (hostType 'html', resolved before the chunks' own lists):
        // it is left out of every chunk's list. Checked by the engines suite (scripts/engines/).
        resolveDependencies(filename, dependencies, { hostType }) {
          if (hostType === 'html') {
            entryChunks.add(filename)
            return dependencies
          }
          return dependencies.filter((dependency) => !entryChunks.has(dependency))
        },
      },
      rolldownOptions: {
        output: {
          codeSplitting: {
            // The libraries every page needs, as one long-cached file: one request, and gzip compresses
            // them better together than as the handful of pieces automatic splitting makes.
            groups: [
              { name: 'framework', test: FRAMEWORK_MODULES },
              { name: (id, ctx) => (isAppShell(id, ctx) ? 'app' : null) },
            ],
          },
        },
      },
    },
  }
})
