/**
 * Vitest's global setup for the WordPress contract project: starts a local WordPress with the plugin
 * from the working tree (or fails, saying why, when WordPress is not installed), hands its addresses to
 * the tests, and stops it after the run (site.ts also stops it on Ctrl+C, SIGTERM or a crash).
 */
import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import type { WordPressOptions } from '../../scripts/wordpress/layout.ts'
import { readDebugLog, startWordPress, stopWordPress, type SiteInfo } from '../../scripts/wordpress/site.ts'
import { claimSlot, releaseSlot, WORDPRESS_FILES } from './wordpress-site.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    wordpress: SiteInfo
    /** Its ports and folder, for the resets, the SQL and the debug log. */
    wordpressOptions: WordPressOptions
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
  const options = claimSlot()
  try {
    // A site still up in this slot was left by a run killed outright: start afresh, so the site is
    // always this run's to stop.
    await stopWordPress(options)
    const site = await startWordPress({ ...options, reuse: false })
    provide('wordpress', site)
    provide('wordpressOptions', options)
    provide('debugLogStart', readDebugLog(options).length)
  } catch (error) {
    await stopWordPress(options)
    releaseSlot(options)
    throw error
  }
  return async () => {
    await stopWordPress(options)
    releaseSlot(options)
  }
}
