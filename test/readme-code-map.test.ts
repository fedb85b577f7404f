import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { expect, test } from 'vitest'

/**
 * The code map in README.md: a tree of paths, two spaces of indentation per level, each followed by
 * what it holds. Returns every path it names, whole (`src/lib/routing/`).
 */
function codeMapPaths(): string[] {
  const readme = readFileSync('README.md', 'utf8')
  const section = readme.slice(readme.indexOf('## Code map'))
  const tree = /```\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
  const parents: string[] = []
  const paths: string[] = []
  for (const line of tree.split('\n')) {
    const entry = /^((?: {2})*)(\S+\/|\S+\.\w+)(?: {2,}|$)/.exec(line)
    if (!entry) continue
    const depth = (entry[1] ?? '').length / 2
    const path = `${parents.slice(0, depth).join('')}${entry[2]}`
    parents[depth] = entry[2] ?? ''
    parents.length = depth + 1
    paths.push(path)
  }
  return paths
}

const foldersOf = (folder: string) =>
  readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${folder}/${entry.name}/`)

test('every folder and file the README’s code map names exists', () => {
  const named = codeMapPaths()
  expect(named).toContain('src/lib/routing/')
  expect(named.filter((path) => !existsSync(path))).toEqual([])
})

test('the code map names every folder of src/, of its features, routes and lib', () => {
  const named = codeMapPaths()
  const folders = ['src', 'src/features', 'src/routes', 'src/lib'].flatMap(foldersOf)
  expect(folders.filter((folder) => !named.includes(folder))).toEqual([])
})
