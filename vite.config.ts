import './config/require-node-24.ts'
import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { msw } from 'msw/vite'
import { defineConfig, loadEnv } from 'vite'

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '')
  // `npm run preview` serves the production build; without a real API next to it, /api is proxied to
  // the standalone mock server (`npm run mock:api`) so deep links and data work there too.
  const previewApiTarget = env.CHRONIQUE_PREVIEW_API ?? 'http://127.0.0.1:8787'

  return {
    plugins: [
      react(),
      // Serves mockServiceWorker.js from the msw package in development only; it is never emitted into
      // dist/ in this mode, so the production build cannot ship the mock worker.
      msw({ mode: 'worker-only' }),
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
      proxy: { '/api': { target: previewApiTarget, changeOrigin: true } },
    },
    build: {
      target: 'es2022',
      sourcemap: true,
    },
  }
})
