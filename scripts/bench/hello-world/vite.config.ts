/** Builds and previews the hello-world with the app's Vite and React plugin, and the same build target. */
import '../../../config/require-node-24.ts'
import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { target: 'es2022' },
  logLevel: 'warn',
})
