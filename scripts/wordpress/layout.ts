/**
 * Where the local WordPress lives and which ports it uses. Everything is in one scratch folder
 * (`.wordpress/` at the repository root unless CHRONIQUE_WP_DIR says otherwise), except the config file
 * Debian's WordPress insists on reading from /etc/wordpress.
 */
import { createHash } from 'node:crypto'
import { statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

export const REPO = resolve(import.meta.dirname, '../..')

/** Whether every folder from / down to `path` lets other users through (o+x). */
function isTraversableByOthers(path: string): boolean {
  for (let folder = path; ; folder = dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0) return false
    if (folder === dirname(folder)) return true
  }
}

/**
 * Where the local sites keep their files (`name` for a site of its own: `contract`, `bench`):
 * `.wordpress/` in the repository, or, when MariaDB and Apache (running as mysql and www-data) could
 * not reach into the checkout (a clone in a private folder, such as `mktemp -d` makes), a folder of
 * its own under /tmp.
 */
export function scratchDir(name?: string): string {
  const root = isTraversableByOthers(REPO)
    ? resolve(REPO, '.wordpress')
    : `/tmp/chronique-wordpress-${createHash('sha256').update(REPO).digest('hex').slice(0, 12)}`
  return name ? resolve(root, name) : root
}

export interface WordPressOptions {
  /** Apache's port on 127.0.0.1 (CHRONIQUE_WP_PORT, default 8431). */
  port?: number
  /** MariaDB's port on 127.0.0.1 (CHRONIQUE_WP_DB_PORT, default 3431). */
  dbPort?: number
  /** The scratch folder (CHRONIQUE_WP_DIR, default `.wordpress` in the repository: see scratchDir). */
  dir?: string
  /** Browser origins the plugin accepts (CHRONIQUE_WP_ORIGINS, comma-separated; default: local dev and preview). */
  origins?: string[]
  /** WordPress's comment flood check (CHRONIQUE_WP_FLOOD=off turns it off; default on, as in production). */
  flood?: boolean
  /** Symlink the plugin instead of copying it, so PHP edits show at once (CHRONIQUE_WP_LINK=1). */
  link?: boolean
  /**
   * The plugin serves the app at the site's root (CHRONIQUE_WP_APP=1): built for WordPress first when
   * its sources changed (scripts/wordpress/app-build.ts). Default off: the API only, as before.
   */
  app?: boolean
  /** Print nothing but errors. */
  quiet?: boolean
}

/** Local dev and preview servers of the app (Vite's defaults and the e2e ports), by name and by address. */
const DEFAULT_ORIGIN_PORTS = [5173, 4173, 5199, 4199]
export const DEFAULT_ORIGINS = DEFAULT_ORIGIN_PORTS.flatMap((port) => [
  `http://localhost:${port}`,
  `http://127.0.0.1:${port}`,
])

function envPort(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new Error(`${name}=${raw} is not a port number between 1024 and 65535.`)
  }
  return port
}

export interface Layout {
  port: number
  dbPort: number
  host: string
  url: string
  dir: string
  origins: string[]
  flood: boolean
  link: boolean
  app: boolean
  quiet: boolean
  /** Debian's wp-config.php loads /etc/wordpress/config-<configName>.php (Apache sets WORDPRESS_CONFIG). */
  configName: string
  configFile: string
  mysqlDir: string
  dataDir: string
  socket: string
  mysqlPidFile: string
  myCnf: string
  apacheDir: string
  httpdConf: string
  apachePidFile: string
  contentDir: string
  logsDir: string
  debugLog: string
  seedJson: string
  siteJson: string
  dbName: string
  dbUser: string
}

export function layout(options: WordPressOptions = {}): Layout {
  const port = options.port ?? envPort('CHRONIQUE_WP_PORT', 8431)
  const dbPort = options.dbPort ?? envPort('CHRONIQUE_WP_DB_PORT', 3431)
  const dir = resolve(options.dir ?? process.env.CHRONIQUE_WP_DIR ?? scratchDir())
  const envOrigins = process.env.CHRONIQUE_WP_ORIGINS?.split(/[\s,]+/).filter(Boolean)
  const host = `127.0.0.1:${port}`
  const configName = `chronique-${port}`
  const mysqlDir = resolve(dir, 'mysql')
  const apacheDir = resolve(dir, 'apache')
  const logsDir = resolve(dir, 'logs')
  return {
    port,
    dbPort,
    host,
    url: `http://${host}`,
    dir,
    origins: options.origins ?? (envOrigins?.length ? envOrigins : DEFAULT_ORIGINS),
    flood: options.flood ?? process.env.CHRONIQUE_WP_FLOOD !== 'off',
    link: options.link ?? process.env.CHRONIQUE_WP_LINK === '1',
    app: options.app ?? process.env.CHRONIQUE_WP_APP === '1',
    quiet: options.quiet ?? false,
    configName,
    configFile: `/etc/wordpress/config-${configName}.php`,
    mysqlDir,
    dataDir: resolve(mysqlDir, 'data'),
    socket: resolve(mysqlDir, 'mysqld.sock'),
    mysqlPidFile: resolve(mysqlDir, 'mysqld.pid'),
    myCnf: resolve(dir, 'my.cnf'),
    apacheDir,
    httpdConf: resolve(apacheDir, 'httpd.conf'),
    apachePidFile: resolve(apacheDir, 'httpd.pid'),
    contentDir: resolve(dir, 'wp-content'),
    logsDir,
    debugLog: resolve(logsDir, 'debug.log'),
    seedJson: resolve(dir, 'seed.json'),
    siteJson: resolve(dir, 'site.json'),
    dbName: 'chronique',
    dbUser: 'chronique',
  }
}
