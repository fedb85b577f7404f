/**
 * The app built for the WordPress plugin to serve (`vite build --mode wordpress`, see vite.config.ts),
 * in wordpress/dist/app/, with what the plugin reads beside it:
 *
 * - build.json: the API base the app calls, the security headers of config/content-security-policy.ts
 *   (the one definition of the policy: the plugin sends these, it never writes its own), the service
 *   worker's placeholder for the app's base, the version, and a fingerprint of the sources;
 * - a `.br` and a `.gz` twin of each text file the plugin serves as is, so it never compresses them
 *   on a request (sw.js and the pages are compressed as they are sent: the plugin writes into them).
 *
 * Skipped when nothing that goes into the build changed since the last one (same fingerprint), so
 * `CHRONIQUE_WP_APP=1 npm run wordpress` and `npm run wordpress:zip` stay fast when it is up to date.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { extname, relative, resolve } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { securityHeaders } from '../../config/content-security-policy.ts'
import { APP_BASE_PLACEHOLDER } from '../../config/pwa-options.ts'
import { WORDPRESS_API_BASE, WORDPRESS_APP_DIR, WORDPRESS_MODE } from '../../config/wordpress-app.ts'
import { normaliseApiBase } from '../../src/lib/api-base.ts'
import { REPO } from './layout.ts'

export const APP_DIR = resolve(REPO, WORDPRESS_APP_DIR)
const BUILD_INFO = resolve(APP_DIR, 'build.json')

/** What goes into the build: the app's sources, its static files, the build's configuration. */
const INPUTS = [
  'src',
  'public',
  'config',
  'index.html',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.base.json',
  'tsconfig.app.json',
  'scripts/wordpress/app-build.ts',
]
/** Files the plugin sends as they are: worth a compressed twin. */
const COMPRESSIBLE = new Set(['.js', '.css', '.svg', '.webmanifest'])
/** Written into as they are served (sw.js) or never served as such (index.html is a template). */
const SERVED_REWRITTEN = new Set(['sw.js', 'index.html'])

export interface AppBuildInfo {
  version: string
  apiBase: string
  appBasePlaceholder: string
  securityHeaders: Record<string, string>
  fingerprint: string
}

export interface AppBuildResult {
  dir: string
  built: boolean
  seconds: number
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      if (entry.name.startsWith('.') || /\.test\.tsx?$/.test(entry.name)) return []
      return filesUnder(resolve(path, entry.name))
    })
}

function gitCommit(): string {
  const result = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : 'sans-git'
}

function buildSettings() {
  const apiBase = normaliseApiBase(process.env.VITE_API_BASE_URL ?? WORDPRESS_API_BASE)
  const imageOrigins = (process.env.CHRONIQUE_IMAGE_ORIGINS ?? '').split(/\s+/).filter(Boolean)
  return { apiBase, imageOrigins }
}

/** A hash of every input file (path and content) and of the settings the build reads from the environment. */
function fingerprint(settings: ReturnType<typeof buildSettings>): string {
  const hash = createHash('sha256')
  hash.update(JSON.stringify(settings))
  for (const file of INPUTS.flatMap((input) => filesUnder(resolve(REPO, input)))) {
    hash.update(relative(REPO, file))
    hash.update('\0')
    hash.update(readFileSync(file))
    hash.update('\0')
  }
  return hash.digest('hex')
}

export function readAppBuildInfo(): AppBuildInfo | null {
  if (!existsSync(BUILD_INFO)) return null
  return JSON.parse(readFileSync(BUILD_INFO, 'utf8')) as AppBuildInfo
}

function compressTwins() {
  let count = 0
  for (const file of filesUnder(APP_DIR)) {
    const name = relative(APP_DIR, file)
    if (!COMPRESSIBLE.has(extname(file)) || SERVED_REWRITTEN.has(name)) continue
    const data = readFileSync(file)
    const gzip = gzipSync(data, { level: 9 })
    const brotli = brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    })
    // Small files gain nothing: the plugin sends the file itself when it has no twin.
    if (gzip.length < data.length * 0.9) writeFileSync(`${file}.gz`, gzip)
    if (brotli.length < data.length * 0.9) writeFileSync(`${file}.br`, brotli)
    count++
  }
  return count
}

/** Builds the app for WordPress unless it is up to date (or `force`); returns where it is. */
export function buildWordPressApp({ force = false, quiet = false } = {}): AppBuildResult {
  const started = performance.now()
  const settings = buildSettings()
  const print = fingerprint(settings)
  const previous = readAppBuildInfo()
  if (!force && previous?.fingerprint === print && existsSync(resolve(APP_DIR, 'index.html'))) {
    return { dir: APP_DIR, built: false, seconds: Math.round(performance.now() - started) / 1000 }
  }
  if (!quiet)
    console.log(`Building the app for WordPress (API ${settings.apiBase}) into ${WORDPRESS_APP_DIR}/…`)
  const vite = resolve(REPO, 'node_modules/vite/bin/vite.js')
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--mode', WORDPRESS_MODE, '--emptyOutDir', '--logLevel', quiet ? 'error' : 'warn'],
    {
      cwd: REPO,
      env: { ...process.env, VITE_API_BASE_URL: settings.apiBase },
      stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    },
  )
  if (result.status !== 0)
    throw new Error(`The app's WordPress build failed (vite build --mode ${WORDPRESS_MODE}).`)
  // WordPress answers /robots.txt itself (with its sitemap); the app's would never be read under a prefix.
  rmSync(resolve(APP_DIR, 'robots.txt'), { force: true })
  compressTwins()
  const packageVersion = (
    JSON.parse(readFileSync(resolve(REPO, 'package.json'), 'utf8')) as { version: string }
  ).version
  const info: AppBuildInfo = {
    version: `${packageVersion}+${gitCommit()}`,
    apiBase: settings.apiBase,
    appBasePlaceholder: APP_BASE_PLACEHOLDER,
    securityHeaders: securityHeaders({ apiBaseUrl: settings.apiBase, imageOrigins: settings.imageOrigins }),
    fingerprint: print,
  }
  writeFileSync(BUILD_INFO, `${JSON.stringify(info, null, 2)}\n`)
  return { dir: APP_DIR, built: true, seconds: Math.round(performance.now() - started) / 1000 }
}
