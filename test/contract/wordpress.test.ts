/**
 * The contract suite against the live WordPress plugin (started by test/contract/wordpress-setup.ts),
 * then the PHP debug log: nothing from the plugin during the whole run.
 */
import { expect, inject, test } from 'vitest'
import { readDebugLog } from '../../scripts/wordpress/site.ts'
import { contractSuite } from './suite'
import { wordpressBackend } from './wordpress-backend'

const options = inject('wordpressOptions')
contractSuite(wordpressBackend(inject('wordpress'), options))

test('the PHP debug log has nothing from the plugin, nor any other warning, after the whole run', () => {
  const lines = readDebugLog(options)
    .slice(inject('debugLogStart'))
    .split('\n')
    .filter(Boolean)
    // WordPress 6.1's bundled Requests library on PHP 8.2 (core, not the plugin).
    .filter((line) => !line.includes('/wp-includes/Requests/'))
  expect(lines).toEqual([])
})
