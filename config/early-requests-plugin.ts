/**
 * The static build's first requests, from index.html (see src/app/early-requests.ts for what they
 * are): once the bundle is written out, this builds that file into a small classic script that knows
 * the hashed names of each page's chunks, emits it as `assets/early-requests-<hash>.js`, and names it
 * in index.html just before the app's entry. A file, not an inline script: the strict CSP
 * (`script-src 'self'`) allows it. Run before the entry, it is blocked by no style sheet.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath, URL } from 'node:url'
import { minify, transformWithOxc, type Plugin, type Rolldown } from 'vite'
import { normaliseApiBase } from '../src/lib/api-base.ts'
import { EARLY_REQUESTS_GLOBAL, type EarlyRequestsConfig, type PageFiles } from '../src/app/early-requests.ts'

const SOURCE = fileURLToPath(new URL('../src/app/early-requests.ts', import.meta.url))

/** The modules whose chunks each page's early files start from. */
const PAGE_MODULES: Record<keyof Omit<EarlyRequestsConfig, 'apiBase' | 'assetsBase'>, string[]> = {
  home: ['src/routes/home/home-page.tsx'],
  article: ['src/routes/article/article-page.tsx'],
  author: ['src/routes/author/author-page.tsx'],
  thread: ['src/features/comments/components/comments-section.tsx', 'src/routes/article/comment-posting.ts'],
}

type Chunk = Rolldown.OutputChunk & { viteMetadata?: { importedCss: Set<string> } }

/** A page's chunks and everything they import statically, minus what index.html loads already. */
function pageFiles(bundle: Rolldown.OutputBundle, modules: string[], loaded: Set<string>): PageFiles {
  const chunks = Object.values(bundle).filter((output): output is Chunk => output.type === 'chunk')
  const scripts = new Set<string>()
  const styles = new Set<string>()
  const visit = (chunk: Chunk | undefined) => {
    if (!chunk || scripts.has(chunk.fileName) || loaded.has(chunk.fileName)) return
    scripts.add(chunk.fileName)
    for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css)
    for (const imported of chunk.imports) visit(chunks.find((candidate) => candidate.fileName === imported))
  }
  for (const module of modules) {
    const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(module))
    if (!chunk) throw new Error(`early-requests: no chunk for ${module}`)
    visit(chunk)
  }
  return { scripts: [...scripts], styles: [...styles] }
}

export function earlyRequests({ apiBaseUrl }: { apiBaseUrl: string | undefined }): Plugin {
  let assetsBase = '/'
  return {
    name: 'chronique:early-requests',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      assetsBase = config.base
    },
    generateBundle: {
      // After Vite has written index.html into the bundle.
      order: 'post',
      async handler(_options, bundle) {
        const html = bundle['index.html']
        if (html?.type !== 'asset' || typeof html.source !== 'string') return
        // The entry's own files, which index.html already loads or preloads.
        const loaded = new Set(
          [...html.source.matchAll(/(?:src|href)="[^"]*?(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? ''),
        )
        const article = pageFiles(bundle, PAGE_MODULES.article, loaded)
        const config: EarlyRequestsConfig = {
          apiBase: normaliseApiBase(apiBaseUrl),
          assetsBase,
          home: pageFiles(bundle, PAGE_MODULES.home, loaded),
          article,
          author: pageFiles(bundle, PAGE_MODULES.author, loaded),
          // Only what the article's own files leave out.
          thread: pageFiles(bundle, PAGE_MODULES.thread, new Set([...loaded, ...article.scripts])),
        }
        const { code } = await transformWithOxc(readFileSync(SOURCE, 'utf8'), SOURCE)
        const script = `(function(){${code.replace(/^export /gm, '')}\nwindow.${EARLY_REQUESTS_GLOBAL}=startEarlyRequests(${JSON.stringify(config)})})()`
        const minified = await minify('early-requests.js', script, { compress: true, mangle: true })
        if (minified.errors.length > 0) throw new Error(`early-requests: ${minified.errors[0]?.message}`)
        const hash = createHash('sha256').update(minified.code).digest('base64url').slice(0, 8)
        const fileName = `assets/early-requests-${hash}.js`
        this.emitFile({ type: 'asset', fileName, source: minified.code })
        html.source = html.source.replace(
          /(\s*)<script type="module"/,
          `$1<script src="${assetsBase}${fileName}"></script>$1<script type="module"`,
        )
      },
    },
  }
}
