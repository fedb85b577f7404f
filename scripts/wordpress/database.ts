/**
 * MariaDB for the local WordPress: its own my.cnf, datadir, socket and PID file in the scratch folder,
 * on a loopback port. `mariadbd` refuses to run as root: it switches to `mysql`, which owns its folder.
 */
import { spawn } from 'node:child_process'
import {
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { resolve } from 'node:path'
import type { Layout } from './layout.ts'
import { isRunning, readPid, run, stopPid, waitFor } from './processes.ts'

const MARIADBD = '/usr/sbin/mariadbd'

/** A system user's numeric IDs (mysql owns the database folder, www-data the WordPress one). */
export function ownerIds(user: string): { uid: number; gid: number } {
  return {
    uid: Number(run('id', ['-u', user]).stdout.trim()),
    gid: Number(run('id', ['-g', user]).stdout.trim()),
  }
}

function writeMyCnf(site: Layout) {
  writeFileSync(
    site.myCnf,
    [
      '[mysqld]',
      'user=mysql',
      `datadir=${site.dataDir}`,
      `socket=${site.socket}`,
      `pid-file=${site.mysqlPidFile}`,
      `log-error=${resolve(site.mysqlDir, 'error.log')}`,
      'bind-address=127.0.0.1',
      `port=${String(site.dbPort)}`,
      'skip-name-resolve',
      'character-set-server=utf8mb4',
      'collation-server=utf8mb4_unicode_520_ci',
      'innodb_buffer_pool_size=64M',
      'innodb_log_file_size=8M',
      // A scratch database: durability traded for speed (a crash loses the last second, never the seed dump).
      'innodb_flush_log_at_trx_commit=0',
      'innodb_doublewrite=0',
      'max_connections=60',
      '',
      '[client]',
      `socket=${site.socket}`,
      'user=root',
      'default-character-set=utf8mb4',
      '',
    ].join('\n'),
  )
}

export function mariadbPid(site: Layout): number | null {
  const pid = readPid(site.mysqlPidFile)
  return pid !== null && isRunning(pid, 'mariadbd') ? pid : null
}

/** A fresh datadir, then the server, until it answers. */
export async function startMariaDb(site: Layout): Promise<number> {
  const mysql = ownerIds('mysql')
  rmSync(site.mysqlDir, { recursive: true, force: true })
  mkdirSync(site.mysqlDir, { recursive: true })
  chownSync(site.mysqlDir, mysql.uid, mysql.gid)
  writeMyCnf(site)
  // mariadb-install-db takes seconds; an empty system datadir made once is copied in a fraction of that.
  const template = resolve(site.dir, 'mysql-template')
  const version = run(MARIADBD, ['--version']).stdout.trim()
  const stamp = resolve(site.dir, 'mysql-template.version')
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== version) {
    rmSync(template, { recursive: true, force: true })
    mkdirSync(template, { recursive: true })
    chownSync(template, mysql.uid, mysql.gid)
    run('mariadb-install-db', [
      `--defaults-file=${site.myCnf}`,
      `--datadir=${template}`,
      '--skip-test-db',
      '--auth-root-authentication-method=socket',
    ])
    writeFileSync(stamp, version)
  }
  run('cp', ['-a', template, site.dataDir])
  const log = openSync(resolve(site.dir, 'logs', 'mariadbd.out'), 'a')
  const child = spawn(MARIADBD, [`--defaults-file=${site.myCnf}`], {
    detached: true,
    stdio: ['ignore', log, log],
  })
  closeSync(log)
  child.unref()
  await waitFor(
    () => existsSync(site.socket) && sqlOk(site, 'SELECT 1'),
    20_000,
    `MariaDB did not start on port ${String(site.dbPort)}: see ${resolve(site.mysqlDir, 'error.log')}`,
  )
  const pid = readPid(site.mysqlPidFile) ?? child.pid
  if (pid === undefined) throw new Error('MariaDB started without a PID')
  return pid
}

export async function stopMariaDb(site: Layout): Promise<void> {
  const pid = readPid(site.mysqlPidFile)
  if (pid !== null) await stopPid(pid, 'mariadbd', 20_000)
}

function sqlOk(site: Layout, query: string): boolean {
  try {
    sql(site, query)
    return true
  } catch {
    return false
  }
}

/** Runs SQL as MariaDB's root (through the socket); returns the tab-separated output. */
export function sql(site: Layout, query: string, database?: string): string {
  const args = [`--defaults-file=${site.myCnf}`, '--batch', '--skip-column-names']
  if (database) args.push(database)
  return run('mariadb', args, { input: query }).stdout
}

export function createDatabase(site: Layout, password: string) {
  sql(
    site,
    [
      `CREATE DATABASE ${site.dbName} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;`,
      `CREATE USER '${site.dbUser}'@'127.0.0.1' IDENTIFIED BY '${password}';`,
      `CREATE USER '${site.dbUser}'@'localhost' IDENTIFIED BY '${password}';`,
      `GRANT ALL PRIVILEGES ON ${site.dbName}.* TO '${site.dbUser}'@'127.0.0.1';`,
      `GRANT ALL PRIVILEGES ON ${site.dbName}.* TO '${site.dbUser}'@'localhost';`,
    ].join('\n'),
  )
}

/** The seeded state, copied table by table into a second database on the same server. */
export function keepSeededCopy(site: Layout) {
  const tables = sql(site, 'SHOW TABLES', site.dbName).split('\n').filter(Boolean)
  const copy = `${site.dbName}_seeded`
  sql(
    site,
    [
      `DROP DATABASE IF EXISTS ${copy};`,
      `CREATE DATABASE ${copy} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;`,
      ...tables.flatMap((table) => [
        `CREATE TABLE ${copy}.\`${table}\` LIKE ${site.dbName}.\`${table}\`;`,
        `INSERT INTO ${copy}.\`${table}\` SELECT * FROM ${site.dbName}.\`${table}\`;`,
      ]),
    ].join('\n'),
  )
}

/**
 * Back to the seeded state: every table emptied and refilled from the seeded copy, inside the server
 * (no dump to parse), in one transaction. Tables a test created are dropped.
 */
export function restoreSeededCopy(site: Layout) {
  const copy = `${site.dbName}_seeded`
  const rows = sql(
    site,
    `SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema IN ('${site.dbName}', '${copy}')`,
  )
    .split('\n')
    .filter(Boolean)
    .map((row) => row.split('\t'))
  const seeded = rows.filter(([schema]) => schema === copy).map(([, table]) => table ?? '')
  const live = rows.filter(([schema]) => schema === site.dbName).map(([, table]) => table ?? '')
  if (seeded.length === 0) throw new Error('No seeded copy of the database: run npm run wordpress first.')
  sql(
    site,
    [
      ...live.filter((table) => !seeded.includes(table)).map((table) => `DROP TABLE \`${table}\`;`),
      // DELETE in one transaction is twice as fast as TRUNCATE here; IDs keep counting up (never reused).
      'START TRANSACTION;',
      ...seeded.flatMap((table) => [
        ...(live.includes(table) ? [] : [`CREATE TABLE \`${table}\` LIKE ${copy}.\`${table}\`;`]),
        `DELETE FROM \`${table}\`;`,
        `INSERT INTO \`${table}\` SELECT * FROM ${copy}.\`${table}\`;`,
      ]),
      'COMMIT;',
    ].join('\n'),
    site.dbName,
  )
}

export function touchDebugLog(site: Layout, owner: { uid: number; gid: number }) {
  writeFileSync(site.debugLog, '', { flag: 'a' })
  chownSync(site.debugLog, owner.uid, owner.gid)
}
