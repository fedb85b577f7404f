import { getResponse, http } from 'msw'
import { onTestFinished } from 'vitest'
import { handlers } from '../mocks/handlers/index'
import { server } from '../mocks/node'

/**
 * What `?scenario=<name>` does in the browser, for every API request of the test: the mock API
 * answers as that scenario says (a site that holds new comments, a closed thread…), at once.
 */
export function useMockScenario(name: string) {
  server.use(
    http.all('*/api/*', ({ request }) => {
      if (request.headers.has('X-Mock-Scenario')) return undefined
      const headers = new Headers(request.headers)
      headers.set('X-Mock-Scenario', name)
      headers.set('X-Mock-Latency', '0')
      return getResponse(handlers, new Request(request, { headers }))
    }),
  )
}

/** The requests the app sends for this method and path, as a server log would list them. */
export function logRequests(method: string, path: RegExp) {
  const log: { path: string; headers: Headers }[] = []
  const listener = ({ request }: { request: Request }) => {
    const { pathname } = new URL(request.url)
    if (request.method === method && path.test(pathname))
      log.push({ path: pathname, headers: request.headers })
  }
  server.events.on('request:start', listener)
  onTestFinished(() => {
    server.events.removeListener('request:start', listener)
  })
  return log
}
