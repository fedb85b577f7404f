/**
 * `npm run mock:api`: the same mocked API as a plain HTTP server, for curl, Postman, a native app,
 * or the production build (`npm run preview` proxies /api and /images here).
 *   PORT (default 8787), HOST (default 127.0.0.1)
 * Scenarios per request: the `X-Mock-Scenario` header or `?scenario=` (see the README).
 */
import '../config/require-node-24.ts'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { DEFAULT_API_BASE } from '../src/lib/api-base.ts'
import { writeMockedResponse } from './node-middleware.ts'
import { serveMockAssets } from './static-assets.ts'

const port = Number(process.env.PORT ?? 8787)
const host = process.env.HOST ?? '127.0.0.1'
const origin = `http://${host}:${port}`

const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'Content-Type, Idempotency-Key, Edit-Token, X-Mock-Scenario, X-Mock-Latency, X-Mock-Rules, X-Mock-Clock',
  'Access-Control-Expose-Headers': 'Retry-After',
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json', ...corsHeaders }).end(JSON.stringify(body))
}

async function answer(request: IncomingMessage, response: ServerResponse) {
  if (request.method === 'OPTIONS') {
    response.writeHead(204, corsHeaders).end()
    return
  }
  try {
    if (await writeMockedResponse(request, response, origin, corsHeaders)) return
    if (request.url?.startsWith('/images/')) {
      serveMockAssets(request, response, () => {
        response.writeHead(404, corsHeaders).end()
      })
      return
    }
    sendJson(response, 404, { error: { code: 'not_found', message: 'Aucune route de l’API ne correspond.' } })
  } catch (error) {
    console.error(error)
    sendJson(response, 500, { error: { code: 'internal', message: 'Erreur interne du serveur simulé.' } })
  }
}

const server = createServer((request, response) => void answer(request, response))

server.listen(port, host, () => {
  console.log(`Chronique mock API on ${origin}${DEFAULT_API_BASE} (Ctrl+C to stop)`)
})
