import './config/require-node-24.ts'
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

/** The contract suite against the live WordPress plugin: its own project (Node, no MSW, a real server). */
const WORDPRESS_CONTRACT = 'test/contract/wordpress.test.ts'

// StrykerJS (npm run mutate) runs the unit project in a sandbox without the WordPress scripts.
const underStryker = process.env.STRYKER_MUTATOR_WORKER !== undefined

export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    test: {
      // Dates in tests are read in Montréal time, whatever the machine's zone.
      env: { TZ: 'America/Toronto' },
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            setupFiles: ['./test/setup.ts'],
            include: [
              'src/**/*.test.{ts,tsx}',
              'test/**/*.test.{ts,tsx}',
              'mocks/**/*.test.{ts,tsx}',
              'config/**/*.test.ts',
            ],
            exclude: [...configDefaults.exclude, WORDPRESS_CONTRACT],
            // Same patience as Testing Library's (test/setup.ts): a busy 2-core machine is slow, not wrong.
            expect: { poll: { timeout: 3000 } },
            // Most tests are whole-app journeys (render, type, post, reload) of 0.5 to 3 s on a quiet machine.
            // A file's first test also runs every code path for the first time in a fresh worker (V8 compiles
            // React, jsdom and user-event's paths as they are met): 2 to 3 times slower than the same test
            // run again, 4 to 5 s with the other core busy, which Vitest's 5 s default cut off. Loading the
            // app's lazy modules before the first test is test/render-app.tsx's job (beforeAll, within
            // hookTimeout); this leaves room for the rest without hiding a hang (findBy* gives up at 3 s).
            testTimeout: 15_000,
            hookTimeout: 60_000,
            restoreMocks: true,
            unstubGlobals: true,
          },
        },
        ...(underStryker
          ? []
          : [
              {
                test: {
                  name: 'wordpress',
                  root: import.meta.dirname,
                  environment: 'node',
                  include: [WORDPRESS_CONTRACT],
                  // Starts the site (or fails saying why it cannot), stops it after the run.
                  globalSetup: ['./test/contract/wordpress-setup.ts'],
                  env: { TZ: 'America/Toronto' },
                  // Real HTTP to a real server, with a database reset (~0.5 s) before each check.
                  testTimeout: 60_000,
                  hookTimeout: 60_000,
                },
              },
            ]),
      ],
    },
  }),
)
