/**
 * `npm run mock:api`: the same mocked REST API as a plain HTTP server, for curl, Postman, a native app,
 * or the production build (`npm run preview` proxies /api here, and /images for the seed data's images).
 *   PORT (default 8787), HOST (default 127.0.0.1)
 */
import '../config/require-node-24.ts'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import { getResponse } from 'msw'
import { handlers } from './handlers/index.ts'
import { toFetchRequest } from './node-request.ts'
import { serveMockAssets } from './static-assets.ts'

const port = Number(process.env.PORT ?? 8787)
const host = process.env.HOST ?? '127.0.0.1'
const origin = `http://${host}:${port}`

const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Edit-Token',
  'Access-Control-Expose-Headers': 'Retry-After',
}

async function answer(request: IncomingMessage, response: ServerResponse) {
  if (request.method === 'OPTIONS') {
    response.writeHead(204, corsHeaders).end()
    return
  }
  try {
    const mocked = await getResponse(handlers, toFetchRequest(request, origin))
    if (!mocked && request.url?.startsWith('/images/')) {
      serveMockAssets(request, response, () => {
        response.writeHead(404, corsHeaders).end()
      })
      return
    }
    if (!mocked) {
      response
        .writeHead(404, { 'Content-Type': 'application/json', ...corsHeaders })
        .end(
          JSON.stringify({ error: { code: 'not_found', message: 'Aucune route de l’API ne correspond.' } }),
        )
      return
    }
    response.writeHead(mocked.status, { ...Object.fromEntries(mocked.headers), ...corsHeaders })
    if (mocked.body) Readable.fromWeb(mocked.body as NodeReadableStream).pipe(response)
    else response.end()
  } catch (error) {
    console.error(error)
    response
      .writeHead(500, { 'Content-Type': 'application/json', ...corsHeaders })
      .end(JSON.stringify({ error: { code: 'internal', message: 'Erreur interne du serveur simulé.' } }))
  }
}

const server = createServer((request, response) => void answer(request, response))

server.listen(port, host, () => {
  console.log(`Chronique mock API on ${origin}/api (Ctrl+C to stop)`)
})
