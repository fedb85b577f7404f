/**
 * The first requests of the page being opened, started by a small classic script that index.html
 * loads before the app's code (config/early-requests-plugin.ts builds it from this file): the API
 * answers the page shows, its code chunks and styles, the article's comment thread code, and the
 * picture the page opens on (its LCP) as soon as its address is in. Nothing waits for the app's
 * ~100 kB of JavaScript to download and run first.
 *
 * It imports nothing: it is bundled on its own, and must not pull in a shared chunk. The app adopts
 * the answers by URL (src/lib/early-responses.ts), so a request made here is never made twice; a
 * test (early-requests.test.ts) checks that these URLs are exactly the ones the app asks for.
 */

/** The files a page needs, from the build (modulepreloaded, and its styles applied). */
export interface PageFiles {
  scripts: string[]
  styles: string[]
}

export interface EarlyRequestsConfig {
  /** The API's base, as the app builds its URLs on it (src/lib/api-base.ts, no trailing slash). */
  apiBase: string
  /** Where the build's files live (Vite's `base`). */
  assetsBase: string
  home: PageFiles
  article: PageFiles
  author: PageFiles
  /** The article's comment thread (and posting): downloaded with the article, at low priority. */
  thread: PageFiles
}

/** The hand-off to the app: each request's URL (normalised, see earlyRequestKey) → its response. */
export type EarlyResponses = Record<string, Promise<Response>>

export const EARLY_REQUESTS_GLOBAL = 'chroniqueEarlyRequests'

// The API's page sizes, as src/features/{articles,comments}/api ask for them.
const ARTICLES_PAGE_SIZE = 12
const COMMENTS_PAGE_SIZE = 20
const COMMENT_SORTS: Record<string, string> = { recents: 'newest', apprecies: 'popular' }

type Query = Record<string, string | number | undefined>

/** One spelling per request, whatever the order of its query parameters. */
export function earlyRequestKey(url: string | URL): string {
  const parsed = new URL(url, document.baseURI)
  parsed.searchParams.sort()
  return parsed.href
}

function readPage(value: string | null): number {
  const page = Number(value)
  return Number.isInteger(page) && page >= 1 ? page : 1
}

export function startEarlyRequests(config: EarlyRequestsConfig, doc: Document = document): EarlyResponses {
  const responses: EarlyResponses = {}
  const location = doc.location
  const search = new URLSearchParams(location.search)
  const head = doc.head

  const get = (path: string, query: Query = {}) => {
    const url = new URL(`${config.apiBase}${path}`, doc.baseURI)
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') url.searchParams.set(name, String(value))
    }
    // As the app's API client asks (src/lib/api-client.ts): same method, headers and credentials.
    const response = fetch(url, { headers: { Accept: 'application/json' } })
    // A failure is the app's to report, when it adopts the request.
    response.catch(() => {})
    responses[earlyRequestKey(url)] = response
    return response
  }
  const link = (rel: string, href: string, lowPriority: boolean) => {
    const element = doc.createElement('link')
    element.rel = rel
    element.href = `${config.assetsBase}${href}`
    if (rel === 'modulepreload') element.crossOrigin = ''
    if (rel === 'preload') element.as = 'style'
    if (lowPriority) element.setAttribute('fetchpriority', 'low')
    head.append(element)
  }
  // The page's own styles apply at once; code for later (the thread) is only downloaded, unhurried.
  const preloadFiles = ({ scripts, styles }: PageFiles, isForLater = false) => {
    for (const file of styles) link(isForLater ? 'preload' : 'stylesheet', file, isForLater)
    for (const file of scripts) link('modulepreload', file, isForLater)
  }
  // The picture the page opens on, as soon as the answer naming it is in.
  const preloadCover = (response: Promise<Response>, pick: (data: unknown) => unknown) => {
    response
      .then((answer) => (answer.ok ? answer.clone().json() : null))
      .then((data: unknown) => {
        const url = pick(data)
        if (typeof url !== 'string') return
        const image = new Image()
        image.fetchPriority = 'high'
        image.src = url
      })
      .catch(() => {})
  }

  const segments = location.pathname.replace(/\/+$/, '').split('/').slice(1)
  const slug = segments.length === 2 && segments[1] ? decodeURIComponent(segments[1]) : null
  if (location.pathname === '/') {
    preloadFiles(config.home)
    const q = search.get('q')?.trim() || undefined
    const page = readPage(search.get('page'))
    const list = get('/articles', {
      page,
      q,
      category: search.get('category')?.trim() || undefined,
      pageSize: ARTICLES_PAGE_SIZE,
    })
    void get('/categories')
    // The lead story's picture: the front page's first one, where there is a lead.
    if (!q && page === 1) {
      preloadCover(
        list,
        (data) => (data as { items?: { cover?: { url?: unknown } }[] }).items?.[0]?.cover?.url,
      )
    }
  } else if (segments[0] === 'articles' && slug) {
    preloadFiles(config.article)
    preloadFiles(config.thread, true)
    const path = `/articles/${encodeURIComponent(slug)}`
    const article = get(path)
    void get(`${path}/comments`, {
      sort: COMMENT_SORTS[search.get('tri') ?? ''] ?? 'oldest',
      limit: COMMENTS_PAGE_SIZE,
    })
    void get(`${path}/comments/featured`)
    preloadCover(article, (data) => (data as { cover?: { url?: unknown } }).cover?.url)
  } else if (segments[0] === 'auteurs' && slug) {
    preloadFiles(config.author)
    void get(`/authors/${encodeURIComponent(slug)}`)
    void get('/articles', { page: readPage(search.get('page')), author: slug, pageSize: ARTICLES_PAGE_SIZE })
  }
  return responses
}
