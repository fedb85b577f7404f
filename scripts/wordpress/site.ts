/**
 * A real WordPress (Debian's 6.1 + MariaDB + Apache/mod_php) on loopback ports, with the Chronique
 * plugin from the working tree and the mocks' content. For people (`npm run wordpress`) and test runners:
 *
 *   const site = await startWordPress()   // up, installed and seeded; also written to .wordpress/site.json
 *   resetWordPress()                      // back to the seeded state (from a seeded copy of the database)
 *   await stopWordPress()                 // stops both daemons by PID, removes the config file
 *
 * `startWordPress()` stops the site on Ctrl+C, SIGTERM or a crash of the process that started it
 * (unless `keepRunning` is set), so a killed test run leaves no server behind. A site that was already
 * running is reused (`reused: true`) and left alone: stop it only if you started it.
 */
import {
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import {
  createDatabase,
  keepSeededCopy,
  mariadbPid,
  ownerIds,
  restoreSeededCopy,
  sql,
  startMariaDb,
  stopMariaDb,
  touchDebugLog,
} from './database.ts'
import { APP_DIR, buildWordPressApp } from './app-build.ts'
import { layout, REPO, type Layout, type WordPressOptions } from './layout.ts'
import { canReach, isPortFree, run, waitFor } from './processes.ts'
import { writeSeedFile } from './seed-data.ts'
import {
  apachePid,
  removeWordPressConfig,
  startApache,
  stopApache,
  writeWordPressConfig,
} from './web-server.ts'

export interface SiteInfo {
  url: string
  adminUrl: string
  /** The contract's base URL: VITE_API_BASE_URL for a build against this site. */
  apiBase: string
  /** The app as the plugin serves it (CHRONIQUE_WP_APP=1), at the site's root; null when it does not. */
  appUrl: string | null
  user: string
  password: string
  /** For Basic auth on core REST (/wp-json/wp/v2/…), e.g. to approve a comment as an editor would. */
  applicationPassword: string
  port: number
  dbPort: number
  dir: string
  origins: string[]
  debugLog: string
  pids: { mariadb: number; apache: number }
  /** Slugs and IDs the tests need: the Isarta article, the 753-comment thread, the 5,000-comment one. */
  seed: { isarta: string; biggestThread: string; hugeThread: string; posts: Record<string, number> }
  timings: Record<string, number>
  /** True when startWordPress() found the site already running (then the caller should not stop it). */
  reused?: boolean
}

export interface StartOptions extends WordPressOptions {
  /** Leave the site running when this process ends (the CLI's `npm run wordpress`). */
  keepRunning?: boolean
  /** Use a site already up on these ports instead of failing (default true). */
  reuse?: boolean
}

const ADMIN_USER = 'admin'
const ADMIN_PASSWORD = 'chronique-admin'
const PHP_DIR = resolve(import.meta.dirname, 'php')
const PLUGIN_DIR = resolve(REPO, 'wordpress/chronique')

export function readSiteInfo(options: WordPressOptions = {}): SiteInfo | null {
  const site = layout(options)
  if (!existsSync(site.siteJson)) return null
  return JSON.parse(readFileSync(site.siteJson, 'utf8')) as SiteInfo
}

function isUp(site: Layout): boolean {
  return mariadbPid(site) !== null && apachePid(site) !== null && existsSync(site.configFile)
}

function say(site: Layout, text: string) {
  if (!site.quiet) console.log(text)
}

let exitHandlersInstalled = false

function stopOnExit(options: WordPressOptions) {
  if (exitHandlersInstalled) return
  exitHandlersInstalled = true
  const stopNow = () => {
    // Synchronous on purpose: 'exit' handlers cannot wait. The CLI stops the same daemons by PID.
    run(process.execPath, [resolve(import.meta.dirname, 'cli.ts'), 'stop', '--quiet'], {
      env: { ...process.env, ...envFor(options) },
      stdio: 'inherit',
    })
  }
  process.once('exit', stopNow)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      process.exit(130)
    })
  }
}

function envFor(options: WordPressOptions): Record<string, string> {
  const site = layout(options)
  return {
    CHRONIQUE_WP_PORT: String(site.port),
    CHRONIQUE_WP_DB_PORT: String(site.dbPort),
    CHRONIQUE_WP_DIR: site.dir,
  }
}

function runPhp(site: Layout, script: string, config: object): string {
  const configFile = resolve(site.dir, 'php-input.json')
  writeFileSync(configFile, JSON.stringify(config))
  const www = ownerIds('www-data')
  chownSync(configFile, www.uid, www.gid)
  return run('runuser', [
    '-u',
    'www-data',
    '--',
    'env',
    `WORDPRESS_CONFIG=${site.configName}`,
    `HTTP_HOST=${site.host}`,
    'php',
    '-d',
    'memory_limit=1024M',
    // The copy start() made in the site's folder: www-data may not reach into the checkout.
    resolve(site.dir, 'php', script),
    configFile,
  ]).stdout
}

function preparePlugin(site: Layout) {
  const plugins = resolve(site.contentDir, 'plugins')
  const target = resolve(plugins, 'chronique')
  rmSync(target, { recursive: true, force: true })
  if (site.link) symlinkSync(PLUGIN_DIR, target)
  else cpSync(PLUGIN_DIR, target, { recursive: true })
  // As the zip has it: the app in the plugin's app/ (linked, the plugin reads it where it is built:
  // CHRONIQUE_APP_DIR in the site's config).
  if (site.app && !site.link) {
    cpSync(APP_DIR, resolve(target, 'app'), {
      recursive: true,
      filter: (source) => !source.slice(APP_DIR.length).includes('/.'),
    })
  }
  const muPlugins = resolve(site.contentDir, 'mu-plugins')
  mkdirSync(muPlugins, { recursive: true })
  cpSync(resolve(PHP_DIR, 'chronique-dev.php'), resolve(muPlugins, 'chronique-dev.php'))
}

async function checkPorts(site: Layout) {
  if (!(await isPortFree(site.port))) {
    throw new Error(
      `Port ${String(site.port)} is busy: set CHRONIQUE_WP_PORT to a free port (e.g. CHRONIQUE_WP_PORT=8531).`,
    )
  }
  if (!(await isPortFree(site.dbPort))) {
    throw new Error(
      `Port ${String(site.dbPort)} is busy: set CHRONIQUE_WP_DB_PORT to a free port (e.g. CHRONIQUE_WP_DB_PORT=3531).`,
    )
  }
}

/** Brings the site up, installed and seeded; resolves with its addresses (also in .wordpress/site.json). */
export async function startWordPress(options: StartOptions = {}): Promise<SiteInfo> {
  const site = layout(options)
  const started = performance.now()
  const timings: Record<string, number> = {}
  const lap = (name: string, since: number) => {
    timings[name] = Math.round(performance.now() - since) / 1000
    return performance.now()
  }
  if (isUp(site)) {
    const info = readSiteInfo(options)
    if (info && options.reuse !== false) {
      say(site, `WordPress is already running at ${info.url} (npm run wordpress:stop stops it).`)
      // Someone else's site (npm run wordpress, another runner): theirs to stop, not this process's.
      return { ...info, reused: true }
    }
    throw new Error(
      `A WordPress is already running on port ${String(site.port)}: npm run wordpress:stop first.`,
    )
  }
  await stopWordPress({ ...options, quiet: true })
  await checkPorts(site)
  if (!options.keepRunning) stopOnExit(options)

  let step = performance.now()
  if (site.app) {
    const app = buildWordPressApp({ quiet: site.quiet })
    if (app.built) say(site, `The app was built for WordPress in ${String(app.seconds)} s.`)
    step = lap('appBuild', step)
  }
  const www = ownerIds('www-data')
  mkdirSync(site.dir, { recursive: true })
  cpSync(PHP_DIR, resolve(site.dir, 'php'), { recursive: true })
  // Linked, Apache reads the plugin where it is; copied, only the site's folder must be reachable.
  for (const [user, path] of [
    ['mysql', site.dir],
    ['www-data', site.dir],
    ...(site.link ? ([['www-data', PLUGIN_DIR]] as const) : []),
  ] as const) {
    if (!canReach(user, path)) {
      throw new Error(
        `${user} cannot reach ${path}: every parent folder must be traversable (chmod o+x), or set CHRONIQUE_WP_DIR to a folder under /tmp.`,
      )
    }
  }
  rmSync(site.contentDir, { recursive: true, force: true })
  rmSync(site.logsDir, { recursive: true, force: true })
  for (const folder of [
    site.contentDir,
    resolve(site.contentDir, 'plugins'),
    resolve(site.contentDir, 'uploads'),
    site.logsDir,
  ]) {
    mkdirSync(folder, { recursive: true })
    chownSync(folder, www.uid, www.gid)
  }
  touchDebugLog(site, www)
  preparePlugin(site)
  run('chown', ['-R', 'www-data:www-data', site.contentDir])
  step = lap('prepare', step)

  const dbPassword = randomBytes(18).toString('base64url')
  await startMariaDb(site)
  createDatabase(site, dbPassword)
  step = lap('mariadb', step)
  writeWordPressConfig(site, dbPassword, site.app && site.link ? APP_DIR : null)
  await startApache(site)
  step = lap('apache', step)

  writeSeedFile(site.seedJson)
  chownSync(site.seedJson, www.uid, www.gid)
  step = lap('seedFile', step)
  const output = runPhp(site, 'setup.php', {
    url: site.url,
    user: ADMIN_USER,
    password: ADMIN_PASSWORD,
    origins: site.origins,
    flood: site.flood,
    app: site.app,
    seedFile: site.seedJson,
  })
  const setup = JSON.parse(output.slice(output.indexOf('{'))) as {
    applicationPassword: string
    seed: SiteInfo['seed']
    timings: Record<string, number>
  }
  Object.assign(timings, setup.timings)
  step = lap('installAndSeed', step)
  keepSeededCopy(site)
  lap('seededCopy', step)
  timings.total = Math.round(performance.now() - started) / 1000

  const info: SiteInfo = {
    url: site.url,
    adminUrl: `${site.url}/wp-admin/`,
    apiBase: `${site.url}/wp-json/chronique/v1`,
    appUrl: site.app ? `${site.url}/` : null,
    user: ADMIN_USER,
    password: ADMIN_PASSWORD,
    applicationPassword: setup.applicationPassword,
    port: site.port,
    dbPort: site.dbPort,
    dir: site.dir,
    origins: site.origins,
    debugLog: site.debugLog,
    pids: { mariadb: mariadbPid(site) ?? 0, apache: apachePid(site) ?? 0 },
    seed: setup.seed,
    timings,
  }
  writeFileSync(site.siteJson, `${JSON.stringify(info, null, 2)}\n`)
  say(
    site,
    [
      `WordPress is up in ${String(timings.total)} s (installed and seeded).`,
      `  Site:      ${info.url}/`,
      `  wp-admin:  ${info.adminUrl}  (user ${ADMIN_USER}, password ${ADMIN_PASSWORD})`,
      `  API:       ${info.apiBase}`,
      `  App:       ${info.appUrl ?? 'not served (CHRONIQUE_WP_APP=1 serves it)'}`,
      `  Details:   ${site.siteJson}`,
    ].join('\n'),
  )
  return info
}

/** Stops MariaDB and Apache by their PIDs and removes the config file; fine when nothing runs. */
export async function stopWordPress(options: WordPressOptions = {}): Promise<void> {
  const site = layout(options)
  const wasUp = apachePid(site) !== null || mariadbPid(site) !== null
  await stopApache(site)
  await stopMariaDb(site)
  removeWordPressConfig(site)
  if (wasUp) {
    // Apache's children and MariaDB may take a moment to let go of their ports.
    await waitFor(
      async () => (await isPortFree(site.port)) && (await isPortFree(site.dbPort)),
      10_000,
      `Ports ${String(site.port)} and ${String(site.dbPort)} are still busy after stopping WordPress.`,
    )
  }
  rmSync(site.siteJson, { force: true })
  say(site, wasUp ? 'WordPress stopped.' : 'WordPress was not running.')
}

/** Back to the freshly seeded state (database only; uploads are never changed by the API). */
export function resetWordPress(options: WordPressOptions = {}): number {
  const site = layout(options)
  if (!isUp(site)) throw new Error('WordPress is not running: start it with npm run wordpress.')
  const started = performance.now()
  restoreSeededCopy(site)
  return Math.round(performance.now() - started) / 1000
}

/** Sets a WordPress option directly in the database (e.g. comment_moderation = '1' for a test). */
export function setOption(name: string, value: string, options: WordPressOptions = {}) {
  const site = layout(options)
  const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`
  sql(
    site,
    `INSERT INTO wp_options (option_name, option_value, autoload) VALUES (${quote(name)}, ${quote(value)}, 'yes')
     ON DUPLICATE KEY UPDATE option_value = VALUES(option_value);`,
    site.dbName,
  )
}

/** What the plugin (or WordPress) wrote to the PHP debug log since the site started. */
export function readDebugLog(options: WordPressOptions = {}): string {
  const site = layout(options)
  return existsSync(site.debugLog) ? readFileSync(site.debugLog, 'utf8') : ''
}

/** Runs SQL on the site's database as MariaDB's root (tests that must move a clock or a status). */
export function query(statement: string, options: WordPressOptions = {}): string {
  const site = layout(options)
  return sql(site, statement, site.dbName)
}
