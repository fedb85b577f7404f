/**
 * The WordPress the contract suite starts for itself: its own ports and scratch folder, so it never
 * meets (nor resets) the site of `npm run wordpress` or the `wordpress` e2e project. The flood check on,
 * as in production.
 */
import { resolve } from 'node:path'
import type { WordPressOptions } from '../../scripts/wordpress/layout.ts'

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback)

export const CONTRACT_WORDPRESS: WordPressOptions = {
  port: port('CHRONIQUE_CONTRACT_WP_PORT', 8441),
  dbPort: port('CHRONIQUE_CONTRACT_WP_DB_PORT', 3441),
  dir: resolve(import.meta.dirname, '../../.wordpress/contract'),
  flood: true,
  quiet: true,
}

/** What Debian's packages bring, as .ci/run checks it. */
export const WORDPRESS_FILES = [
  '/usr/share/wordpress/wp-load.php',
  '/usr/sbin/mariadbd',
  '/usr/sbin/apache2',
  '/usr/lib/apache2/modules/libphp8.2.so',
]
