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
      // Same patience as Testing Library's (test/setup.ts): a busy 2-core machine is slow, not wrong.
      expect: { poll: { timeout: 3000 } },
      restoreMocks: true,
      unstubGlobals: true,
    },
  }),
)
