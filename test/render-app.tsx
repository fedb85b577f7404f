// eslint-disable-next-line testing-library/no-manual-cleanup -- a reload unmounts the page first
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll } from 'vitest'
import { App } from '@/app/app'
import { createQueryClient, shouldRetry } from '@/app/query-client'
import { reportCaughtError } from '@/app/report-error'
import type { Messages } from '@/lib/i18n/fr-ca'
import { resumeInterruptedPosts } from '@/routes/article/article-route'

/**
 * Every module of the app, loaded before the file's first test. The app loads most of its code on
 * demand (pages, the comment thread, the rating, back-to-top): without this, the first test of each
 * file paid for loading and compiling all of it in a fresh worker, which on a busy 2-core machine took
 * longer than the test itself and timed it out. A glob, so that no test names the app's files.
 */
const appModules = import.meta.glob([
  '../src/**/*.{ts,tsx}',
  '!../src/main.tsx',
  '!../src/**/*.test.{ts,tsx}',
])

// Not under mutation testing (npm run mutate): there every file runs again for each mutant, where this
// would cost a second each time, and code run outside any test counts as covered by all of them.
const isMutationRun = process.env.STRYKER_MUTATOR_WORKER !== undefined

beforeAll(async () => {
  if (isMutationRun) return
  await Promise.all([...Object.values(appModules).map((load) => load()), import('dompurify')])
})

export const seedArticle = {
  slug: 'la-transformation-sociale-des-entreprises-le-quebec-toujours-en-gare',
  title: 'La transformation sociale des entreprises: le Québec toujours en gare!',
}

/**
 * The whole app at `url`, on the shared mock handlers, with a fresh cache and no retries; in French
 * unless another catalogue is given (main.tsx loads the saved one the same way).
 */
export function renderApp(url = '/', { messages }: { messages?: Messages } = {}) {
  window.history.replaceState(null, '', url)
  const queryClient = createQueryClient({ queries: { retry: false } })
  void resumeInterruptedPosts(queryClient)
  const user = userEvent.setup()
  const view = render(<App queryClient={queryClient} messages={messages} />, {
    onCaughtError: reportCaughtError,
  })
  return { user, queryClient, ...view }
}

/**
 * What a reload does: the browser says the page is going (`pagehide`) and tears it down, the device's
 * storage stays, and the app starts again on a new page (`pageshow`).
 */
export function reloadApp(url: string) {
  window.dispatchEvent(new Event('pagehide'))
  cleanup()
  window.dispatchEvent(new Event('pageshow'))
  return renderApp(url)
}

/** Same, with the app's real retry policy (for tests about retries). */
export function renderAppWithRetries(url = '/') {
  window.history.replaceState(null, '', url)
  const queryClient = createQueryClient({ queries: { retry: shouldRetry, retryDelay: 1 } })
  const user = userEvent.setup()
  return {
    user,
    queryClient,
    ...render(<App queryClient={queryClient} />, { onCaughtError: reportCaughtError }),
  }
}

export async function findPageHeading(name: string | RegExp) {
  return screen.findByRole('heading', { level: 1, name }, { timeout: 3000 })
}
