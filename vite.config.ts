import './config/require-node-24.ts'
import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { msw } from 'msw/vite'
import { defineConfig, loadEnv, type Plugin } from 'vite'

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/** Serves the mock data's images (mocks/public) to the development server only. */
function mockAssets(): Plugin {
  return {
    name: 'chronique:mock-assets',
    apply: 'serve',
    async configureServer(server) {
      const { serveMockAssets } = await import('./mocks/static-assets.ts')
      server.middlewares.use(serveMockAssets)
    },
  }
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '')
  // `npm run preview` serves the production build; without a real API next to it, /api is proxied to
  // the standalone mock server (`npm run mock:api`) so deep links and data work there too.
  const previewApiTarget = env.CHRONIQUE_PREVIEW_API ?? 'http://127.0.0.1:8787'

  return {
    plugins: [
      react(),
      // Serves mockServiceWorker.js straight from the msw package, to the development server only:
      // the plugin would also emit it into dist/, and the production build must not ship it.
      { ...msw({ mode: 'worker-only' }), apply: 'serve' },
      mockAssets(),
    ],
    resolve: {
      alias: {
        '@/': fromRoot('./src/'),
        '@mocks/': fromRoot('./mocks/'),
        '@test/': fromRoot('./test/'),
      },
    },
    server: { port: 5173 },
    preview: {
      port: 4173,
      proxy: {
        '/api': { target: previewApiTarget, changeOrigin: true },
        '/images': { target: previewApiTarget, changeOrigin: true },
      },
    },
    build: {
      target: 'es2022',
      sourcemap: true,
    },
  }
})
