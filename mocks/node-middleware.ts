/**
 * The mocked API for plain Node HTTP servers: the dev server (for browsers without a service worker,
 * like a phone on http://<LAN-IP>:5173) and `npm run mock:api`. Same handlers, same scenario rules.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { getResponse } from 'msw'
import { DEFAULT_API_BASE } from '../src/lib/api-base.ts'
import { handlers } from './handlers/index.ts'
import { toFetchRequest } from './node-request.ts'
import { serveMockAssets } from './static-assets.ts'

const MOCKED_PATHS = [`${DEFAULT_API_BASE}/`, '/__mock/']

export async function writeMockedResponse(
  request: IncomingMessage,
  response: ServerResponse,
  origin: string,
  extraHeaders: Record<string, string> = {},
): Promise<boolean> {
  const mocked = await getResponse(handlers, toFetchRequest(request, origin))
  if (!mocked) return false
  // HttpResponse.error(): a network failure; the closest a server gets is dropping the connection.
  if (mocked.type === 'error') {
    request.socket.destroy()
    return true
  }
  response.writeHead(mocked.status, { ...Object.fromEntries(mocked.headers), ...extraHeaders })
  if (mocked.body) Readable.fromWeb(mocked.body as NodeReadableStream).pipe(response)
  else response.end()
  return true
}

/** Connect-style middleware: answers /api, /__mock and the seed images; passes everything else on. */
export function mockApiMiddleware() {
  return (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const url = request.url ?? '/'
    if (url.startsWith('/images/')) {
      serveMockAssets(request, response, next)
      return
    }
    if (!MOCKED_PATHS.some((prefix) => url.startsWith(prefix))) {
      next()
      return
    }
    const origin = `http://${request.headers.host ?? 'localhost'}`
    writeMockedResponse(request, response, origin).then(
      (answered) => {
        if (!answered) next()
      },
      (error: unknown) => {
        console.error(error)
        response.writeHead(500, { 'Content-Type': 'application/json' })
        response.end(
          JSON.stringify({ error: { code: 'internal', message: 'Erreur interne du serveur simulé.' } }),
        )
      },
    )
  }
}
