import './config/require-node-24.ts'
import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      environment: 'jsdom',
      setupFiles: ['./test/setup.ts'],
      include: [
        'src/**/*.test.{ts,tsx}',
        'test/**/*.test.{ts,tsx}',
        'mocks/**/*.test.{ts,tsx}',
        'config/**/*.test.ts',
      ],
      // Dates in tests are read in Montréal time, whatever the machine's zone.
      env: { TZ: 'America/Toronto' },
      restoreMocks: true,
      unstubGlobals: true,
    },
  }),
)
