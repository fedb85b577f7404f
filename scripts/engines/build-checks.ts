/**
 * Checks of the served build itself, whatever the engine: it is the production build with its
 * security headers, and no chunk asks to preload an entry chunk (Firefox fires a resource `error` on a
 * modulepreload of a module that is already running; vite.config.ts's modulePreload filters them).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { contentSecurityPolicy } from '../../config/content-security-policy.ts'
import { BUILD_DIR } from './config.ts'
import { check } from './journey.ts'

export interface BuildCheck {
  name: string
  run(previewOrigin: string): Promise<void> | void
}

interface ManifestChunk {
  file: string
  isEntry?: boolean
}

/** The files each chunk's __vite__mapDeps lists: what it preloads before a dynamic import. */
export function preloadLists(buildDir: string): Map<string, string[]> {
  const assets = join(buildDir, 'assets')
  const lists = new Map<string, string[]>()
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(join(assets, file), 'utf8')
    const list = /const __vite__mapDeps=.*?m\.f=(\[[^\]]*\])/.exec(code)?.[1]
    if (list) lists.set(`assets/${file}`, JSON.parse(list) as string[])
  }
  return lists
}

export const buildChecks: BuildCheck[] = [
  {
    name: 'the site is the production build, under its Content-Security-Policy',
    async run(previewOrigin) {
      const response = await fetch(previewOrigin)
      const policy = response.headers.get('content-security-policy')
      check(
        policy === contentSecurityPolicy(),
        `expected the production Content-Security-Policy, got ${policy}`,
      )
      const worker = await fetch(new URL('/sw.js', previewOrigin))
      check(worker.status === 200, `the offline-reading worker /sw.js answers ${worker.status}`)
    },
  },
  {
    name: 'no chunk preloads an entry chunk (already running when it is imported)',
    run() {
      const manifest = JSON.parse(readFileSync(join(BUILD_DIR, '.vite/manifest.json'), 'utf8')) as Record<
        string,
        ManifestChunk
      >
      const entries = new Set(
        Object.values(manifest)
          .filter((chunk) => chunk.isEntry)
          .map((chunk) => chunk.file),
      )
      check(entries.size > 0, 'no entry chunk in the manifest')
      const lists = preloadLists(BUILD_DIR)
      check(lists.size > 0, 'no chunk with a preload list: the check would prove nothing')
      const offending = [...lists].flatMap(([chunk, deps]) =>
        deps.filter((dep) => entries.has(dep)).map((dep) => `${chunk} preloads ${dep}`),
      )
      check(offending.length === 0, offending.join('\n'))
    },
  },
]
