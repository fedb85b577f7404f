/**
 * First-load JavaScript per page: the entry, what it imports statically, the page's own chunk and
 * what that imports statically, and the small classic scripts index.html runs first (the reader's
 * preferences, the early requests) — everything a reader downloads before the page can show, gzip -9,
 * each file compressed on its own as servers send them. Reads dist/.vite/manifest.json and index.html.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

interface ManifestChunk {
  file: string
  imports?: string[]
  dynamicImports?: string[]
  isEntry?: boolean
}

export const PAGES = {
  list: 'src/routes/home/home-page.tsx',
  article: 'src/routes/article/article-page.tsx',
} as const

const LIBRARY_CHUNK = /(^|\/)framework-[^/]+\.js$/

export function firstLoad(distDir = 'dist') {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)
  if (!entry) throw new Error('No entry in the manifest')

  const collect = (key: string, files: Set<string>) => {
    const chunk = manifest[key]
    if (!chunk || files.has(chunk.file)) return
    files.add(chunk.file)
    for (const imported of chunk.imports ?? []) collect(imported, files)
  }
  const gzipBytes = (file: string) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length

  // index.html's classic scripts (`<script src>` without type="module"), as paths under the build.
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const classicScripts = [...html.matchAll(/<script src="\/?([^"]+)"><\/script>/g)].map(
    (match) => match[1] ?? '',
  )

  return Object.fromEntries(
    Object.entries(PAGES).map(([page, route]) => {
      const files = new Set<string>(classicScripts)
      collect(entry[0], files)
      collect(route, files)
      const bytes = [...files].reduce((sum, file) => sum + gzipBytes(file), 0)
      // The libraries every page runs on (one chunk, see vite.config.ts): the floor under the budget.
      const libraryBytes = [...files]
        .filter((file) => LIBRARY_CHUNK.test(file))
        .reduce((sum, file) => sum + gzipBytes(file), 0)
      return [
        page,
        {
          kilobytes: Math.round(bytes / 10) / 100,
          libraryKilobytes: Math.round(libraryBytes / 10) / 100,
          files: [...files],
        },
      ]
    }),
  ) as Record<keyof typeof PAGES, { kilobytes: number; libraryKilobytes: number; files: string[] }>
}

if (import.meta.main) {
  for (const [page, { kilobytes, files }] of Object.entries(firstLoad())) {
    console.log(`${page.padEnd(8)} ${kilobytes.toFixed(1).padStart(6)} kB gzip  (${files.length} files)`)
  }
}
