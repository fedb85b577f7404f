import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { fixClock } from '../../src/lib/browser/clock.ts'
import { startMockWorker } from '../browser.ts'
import { readSessionSettings } from '../scenarios/session.ts'
import { installApiLog } from './api-log.ts'
import { QaPanel } from './qa-panel.tsx'

/** Development build only: the mocked API, the frozen clock if asked, the API log and the QA panel. */
export async function startDevelopmentTools() {
  installApiLog()
  const serverMode = await startMockWorker()
  const { clock } = readSessionSettings()
  fixClock(clock ? Date.parse(clock) : null)

  const container = document.createElement('div')
  container.id = 'chronique-qa'
  document.body.append(container)
  createRoot(container).render(createElement(QaPanel, { serverMode }))
}
