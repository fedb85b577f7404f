/**
 * The README and the documents in docs/ link to each other and to the code: every relative link (and
 * image) must point to a file or folder that exists, and a `#fragment` into a Markdown file to one of
 * its headings (GitHub's anchors).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, extname, join, normalize } from 'node:path'
import { expect, test } from 'vitest'

const DOCUMENTS = [
  'README.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name)),
]

/** Fenced code blocks hold examples, not links or headings. */
function withoutFences(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
}

/** Inline code too. */
function withoutCode(markdown: string): string {
  return withoutFences(markdown).replace(/`[^`\n]*`/g, '')
}

/** The targets of inline links and images, `[text](target)`, and of reference definitions. */
function linkTargets(markdown: string): string[] {
  const text = withoutCode(markdown)
  const inline = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map(
    (match) => match[1] ?? '',
  )
  const references = [...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map(
    (match) => match[1] ?? '',
  )
  return [...inline, ...references]
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  for (const match of withoutFences(markdown)
    .replace(/`([^`\n]*)`/g, '$1')
    .matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = (match[1] ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-')
    const count = seen.get(base) ?? 0
    seen.set(base, count + 1)
    anchors.add(count === 0 ? base : `${base}-${count}`)
  }
  return anchors
}

function brokenLinks(document: string): string[] {
  const broken: string[] = []
  for (const target of linkTargets(readFileSync(document, 'utf8'))) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue // https:, mailto: … are not checked here
    const [rawPath = '', fragment] = target.split('#', 2)
    const path = decodeURIComponent(rawPath)
    const file =
      path === '' ? document : normalize(path.startsWith('/') ? path.slice(1) : join(dirname(document), path))
    if (!existsSync(file)) {
      broken.push(`${target} (no ${file})`)
      continue
    }
    if (fragment && statSync(file).isFile() && extname(file) === '.md') {
      if (!headingAnchors(readFileSync(file, 'utf8')).has(decodeURIComponent(fragment)))
        broken.push(`${target} (no heading #${fragment} in ${file})`)
    }
  }
  return broken
}

test('the README and the docs have links to check', () => {
  expect(DOCUMENTS).toContain('docs/qa.md')
  expect(linkTargets(readFileSync('README.md', 'utf8')).length).toBeGreaterThan(10)
})

test.each(DOCUMENTS)('every relative link in %s points to a file that exists', (document) => {
  expect(brokenLinks(document)).toEqual([])
})

test('GitHub anchors are computed as GitHub does', () => {
  const anchors = headingAnchors(
    '# Title\n\n## 8. Where WordPress and the contract disagree\n## Node 24, pinned by the project\n' +
      '## `npm test`\n```sh\n# not a heading\n```\n## Title\n',
  )
  expect([...anchors]).toEqual([
    'title',
    '8-where-wordpress-and-the-contract-disagree',
    'node-24-pinned-by-the-project',
    'npm-test',
    'title-1',
  ])
})
