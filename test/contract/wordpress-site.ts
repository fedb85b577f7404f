/**
 * The WordPress the contract suite starts for itself: ports and a scratch folder of its own, so it never
 * meets (nor resets) the site of `npm run wordpress` or of the `wordpress` e2e project. Several runs of
 * the suite may overlap in one checkout (people share it): each claims a slot, a folder and two ports,
 * held by a lock file with its PID, and a slot whose owner is gone is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { scratchDir, type WordPressOptions } from '../../scripts/wordpress/layout.ts'

const SLOTS = 8
const basePort = (name: string, fallback: number) => Number(process.env[name] ?? fallback)

/** Slot n: Apache on 8441 + n, MariaDB on 3441 + n, `.wordpress/contract` (then `contract-n`). */
function slotOptions(slot: number): WordPressOptions {
  return {
    port: basePort('CHRONIQUE_CONTRACT_WP_PORT', 8441) + slot,
    dbPort: basePort('CHRONIQUE_CONTRACT_WP_DB_PORT', 3441) + slot,
    dir: scratchDir(`contract${slot === 0 ? '' : `-${slot}`}`),
    // The flood check on, as in production: checks that post twice from one reader say so.
    flood: true,
    quiet: true,
  }
}

const lockOf = (options: WordPressOptions) => resolve(options.dir ?? '.', 'run.lock')

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function claim(options: WordPressOptions): boolean {
  mkdirSync(options.dir ?? '.', { recursive: true })
  const lock = lockOf(options)
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' })
    return true
  } catch {
    const owner = Number(readFileSync(lock, 'utf8'))
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) return false
    // Left by a run killed outright: its site (if still up) is stopped by the new owner.
    rmSync(lock, { force: true })
    return claim(options)
  }
}

/** The first free slot, now this process's until `releaseSlot`. */
export function claimSlot(): WordPressOptions {
  for (let slot = 0; slot < SLOTS; slot++) {
    const options = slotOptions(slot)
    if (claim(options)) return options
  }
  throw new Error(`All ${SLOTS} WordPress contract slots are taken by running test runs.`)
}

export function releaseSlot(options: WordPressOptions) {
  rmSync(lockOf(options), { force: true })
}

/** What Debian's packages bring, as .ci/run checks it. */
export const WORDPRESS_FILES = [
  '/usr/share/wordpress/wp-load.php',
  '/usr/sbin/mariadbd',
  '/usr/sbin/apache2',
  '/usr/lib/apache2/modules/libphp8.2.so',
]
