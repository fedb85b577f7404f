/**
 * Vitest's global setup for the WordPress contract project: starts the local WordPress with the plugin
 * from the working tree (or fails, saying why, when WordPress is not installed), hands its addresses to
 * the tests, and stops it after the run (site.ts also stops it on Ctrl+C, SIGTERM or a crash).
 */
import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { readDebugLog, startWordPress, stopWordPress, type SiteInfo } from '../../scripts/wordpress/site.ts'
import { CONTRACT_WORDPRESS, WORDPRESS_FILES } from './wordpress-site.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    wordpress: SiteInfo
    /** Where the PHP debug log stood when the tests began. */
    debugLogStart: number
  }
}

export default async function setup({ provide }: TestProject) {
  const missing = WORDPRESS_FILES.filter((file) => !existsSync(file))
  if (missing.length > 0) {
    throw new Error(
      `The WordPress contract tests need Debian's WordPress, MariaDB, Apache and mod_php (missing: ${missing.join(', ')}). ` +
        '.ci/run installs them; by hand: apt-get install wordpress mariadb-server php-mysql apache2 libapache2-mod-php. ' +
        'To run the other tests only: npx vitest run --project unit.',
    )
  }
  if (process.getuid?.() !== 0) {
    throw new Error(
      'The WordPress contract tests run MariaDB and Apache as their own users: run them as root.',
    )
  }
  // Its ports are the suite's own: a site still up there is a run that was killed outright. Start afresh,
  // so the site is always this run's to stop.
  await stopWordPress(CONTRACT_WORDPRESS)
  const site = await startWordPress({ ...CONTRACT_WORDPRESS, reuse: false })
  provide('wordpress', site)
  provide('debugLogStart', readDebugLog(CONTRACT_WORDPRESS).length)
  return async () => {
    await stopWordPress(CONTRACT_WORDPRESS)
  }
}
