/**
 * The site under test: the production build (`vite build`, into a directory of its own), served by
 * `vite preview` with the production security headers, which proxies /api and /images to the
 * standalone mock server — as the Playwright `production` project serves it — and, per engine, a small
 * proxy in front of it on `http://localhost:<port>` (a secure context, so the service worker runs):
 * - every page gets the probe (page-probe.ts) and @testing-library/dom as the first scripts of its
 *   <head>: files of the site's own origin, so the CSP, sent unchanged, allows them;
 * - it can "deploy a new version": from then on sw.js has other bytes, as after a real deployment
 *   (the approach of e2e/offline-reading.spec.ts). One origin per engine: engines running side by side
 *   never see each other's service worker or version.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { onCleanup, runTimed, startServer, type Server } from '../bench/processes.ts'
import { BUILD_DIR, LOG_DIR, port, sitePort, WORK_DIR, type EngineName } from './config.ts'
import { installProbe, PROBE_PATH, PROBE_STORAGE_KEY, TESTING_LIBRARY_PATH } from './page-probe.ts'

const VITE = 'node_modules/vite/bin/vite.js'
const TESTING_LIBRARY_FILE = fileURLToPath(
  new URL('../../node_modules/@testing-library/dom/dist/@testing-library/dom.umd.min.js', import.meta.url),
)
const SERVICE_WORKER_PATH = '/sw.js'
/**
 * The app shell by that name: only the service worker's precache asks for it (pages are opened by
 * their own URLs), and its install cannot finish without it.
 */
const APP_SHELL_PATH = /^\/index\.html(\?|$)/

export async function buildApp(): Promise<number> {
  mkdirSync(WORK_DIR, { recursive: true })
  const build = await runTimed(process.execPath, [VITE, 'build', '--outDir', BUILD_DIR, '--emptyOutDir'], {
    quiet: true,
  })
  if (!build.ok) throw new Error(`vite build failed:\n${build.output.slice(-3000)}`)
  return build.seconds
}

/** The mock API, then `vite preview` of the build in front of it. */
export async function startAppServers(): Promise<{ preview: Server; mockApi: Server }> {
  mkdirSync(LOG_DIR, { recursive: true })
  const mockApiPort = port('mockApi')
  const previewPort = port('preview')
  const mockApi = await startServer({
    name: 'mock API',
    args: ['mocks/standalone-server.ts'],
    port: mockApiPort,
    env: { PORT: String(mockApiPort), HOST: '127.0.0.1' },
    readyUrl: `http://127.0.0.1:${mockApiPort}/api/categories`,
    logFile: join(LOG_DIR, 'mock-api.log'),
  })
  const preview = await startServer({
    name: 'vite preview',
    args: [
      VITE,
      'preview',
      '--outDir',
      BUILD_DIR,
      '--port',
      String(previewPort),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    port: previewPort,
    env: { CHRONIQUE_PREVIEW_API: `http://127.0.0.1:${mockApiPort}` },
    readyUrl: `http://127.0.0.1:${previewPort}/api/categories`,
    logFile: join(LOG_DIR, 'preview.log'),
  })
  return { preview, mockApi }
}

export interface Site {
  /** http://localhost:<port>: localhost, not 127.0.0.1, is what browsers treat as a secure context. */
  origin: string
  url(path: string): string
  /** From now on sw.js has other bytes, as after a deployment. */
  deployNewVersion(): void
  /** Back to the build as it is. */
  undeploy(): void
  /**
   * Holds the service worker's install: its precache request for the app shell (/index.html) waits
   * until released, so a journey can open another page while the first install runs.
   */
  holdServiceWorkerInstall(): HeldInstall
  close(): Promise<void>
}

export interface HeldInstall {
  /** How many requests wait: more than none means the install has started, and waits. */
  waiting(): number
  /** Lets them through, and every later one. */
  release(): void
}

const FIRST_SCRIPTS = `<script src="${PROBE_PATH}"></script><script src="${TESTING_LIBRARY_PATH}"></script>`

function forwardedHeaders(headers: IncomingHttpHeaders, upstreamHost: string): IncomingHttpHeaders {
  // Whole, uncompressed answers: pages are edited on the way, and sw.js must never be a 304.
  const {
    'accept-encoding': _encoding,
    'if-none-match': _etag,
    'if-modified-since': _date,
    ...forwarded
  } = headers
  return { ...forwarded, host: upstreamHost }
}

export async function startSite(engine: EngineName, previewOrigin: string): Promise<Site> {
  const upstream = new URL(previewOrigin)
  const probe = `(${installProbe.toString()})(${JSON.stringify(PROBE_STORAGE_KEY)});\n`
  const testingLibrary = readFileSync(TESTING_LIBRARY_FILE)
  let isNewVersionDeployed = false
  let heldRequests: (() => void)[] | null = null

  const server = createServer((request, response) => {
    const path = request.url ?? '/'
    if (heldRequests && APP_SHELL_PATH.test(path)) {
      heldRequests.push(() => forward(request, response, path))
      return
    }
    const ownFile = path === PROBE_PATH ? probe : path === TESTING_LIBRARY_PATH ? testingLibrary : null
    if (ownFile !== null) {
      response
        .writeHead(200, {
          'Content-Type': 'text/javascript; charset=utf-8',
          'Cache-Control': 'no-store',
          'X-Content-Type-Options': 'nosniff',
        })
        .end(ownFile)
      return
    }
    forward(request, response, path)
  })

  function forward(request: IncomingMessage, response: ServerResponse, path: string) {
    const upstreamRequest = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path,
        headers: forwardedHeaders(request.headers, upstream.host),
      },
      (answer) => {
        const status = answer.statusCode ?? 502
        const isPage = status === 200 && (answer.headers['content-type'] ?? '').startsWith('text/html')
        const isNewWorker = isNewVersionDeployed && status === 200 && path === SERVICE_WORKER_PATH
        if (!isPage && !isNewWorker) {
          response.writeHead(status, answer.headers)
          answer.pipe(response)
          return
        }
        const chunks: Buffer[] = []
        answer.on('data', (chunk: Buffer) => chunks.push(chunk))
        answer.on('end', () => {
          let body = Buffer.concat(chunks).toString('utf8')
          if (isPage) body = body.replace(/<head>/i, (head) => `${head}${FIRST_SCRIPTS}`)
          if (isNewWorker) body += '\n// Une nouvelle version.\n'
          const {
            'content-length': _length,
            etag: _etag,
            'last-modified': _date,
            'transfer-encoding': _encoding,
            ...headers
          } = answer.headers
          response.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) }).end(body)
        })
      },
    )
    upstreamRequest.on('error', () => {
      if (!response.headersSent) response.writeHead(502)
      response.end()
    })
    request.pipe(upstreamRequest)
  }

  const listeningPort = sitePort(engine)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(listeningPort, '127.0.0.1', () => resolve())
  })
  let closed: Promise<void> | undefined
  const close = () =>
    (closed ??= new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }))
  const stop = onCleanup(() => void close())
  const origin = `http://localhost:${listeningPort}`
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    deployNewVersion: () => {
      isNewVersionDeployed = true
    },
    undeploy: () => {
      isNewVersionDeployed = false
    },
    holdServiceWorkerInstall: () => {
      const held: (() => void)[] = []
      heldRequests = held
      return {
        waiting: () => held.length,
        release: () => {
          if (heldRequests === held) heldRequests = null
          for (const resume of held.splice(0)) resume()
        },
      }
    },
    close: () => {
      stop()
      return close()
    },
  }
}
