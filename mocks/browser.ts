import { setupWorker } from 'msw/browser'
import { db, type DbChanges } from './db.ts'
import { handlers } from './handlers/index.ts'
import { rememberScenarioFromUrl } from './scenarios.ts'

const DB_STORAGE_KEY = 'chronique:mock-db'

export const worker = setupWorker(...handlers)

/** Starts the mocked API in this tab: scenario from the URL, the tab's earlier changes, then the worker. */
export async function startMockWorker() {
  rememberScenarioFromUrl(new URL(window.location.href))
  db.persistWith({
    load: () => {
      try {
        return JSON.parse(sessionStorage.getItem(DB_STORAGE_KEY) ?? 'null') as DbChanges | null
      } catch {
        return null
      }
    },
    save: (changes) => sessionStorage.setItem(DB_STORAGE_KEY, JSON.stringify(changes)),
    clear: () => sessionStorage.removeItem(DB_STORAGE_KEY),
  })
  await worker.start({ onUnhandledFrame: 'bypass', quiet: true })
}
