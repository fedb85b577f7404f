/**
 * Turns untrusted article HTML into a safe DOM fragment. The browser's HTML Sanitizer API does it
 * where it exists (no download); elsewhere DOMPurify is loaded on demand, so it costs nothing on the
 * first load of browsers that do not need it. Both follow the same allowlist, and one hardening pass
 * (links and images) runs on their output before anything is inserted into the page.
 */

const ALLOWED_ELEMENTS = [
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'img',
  'figure',
  'figcaption',
  'ul',
  'ol',
  'li',
  'blockquote',
  'q',
  'cite',
  'em',
  'strong',
  'i',
  'b',
  'small',
  'sub',
  'sup',
  'abbr',
  'code',
  'pre',
  'hr',
] as const

/** Harmless wrappers whose text is kept when the element itself is dropped. */
const UNWRAPPED_ELEMENTS = [
  'h1',
  'div',
  'span',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'font',
  'u',
  'mark',
  'time',
] as const

const ALLOWED_ATTRIBUTES = ['href', 'src', 'alt', 'title', 'width', 'height', 'lang', 'dir'] as const

const SAFE_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:'])
const SAFE_IMAGE_PROTOCOLS = new Set(['http:', 'https:'])

export type SanitizeHtml = (html: string) => DocumentFragment

function hasSanitizerApi(): boolean {
  return typeof Element !== 'undefined' && 'setHTML' in Element.prototype && typeof Sanitizer === 'function'
}

/** The Sanitizer API, parsing in an inert document so nothing loads or runs before it is clean. */
function sanitizeWithSanitizerApi(html: string): DocumentFragment {
  const inert = document.implementation.createHTMLDocument('')
  const container = inert.createElement('div')
  container.setHTML?.(html, {
    sanitizer: {
      elements: [...ALLOWED_ELEMENTS],
      replaceWithChildrenElements: [...UNWRAPPED_ELEMENTS],
      attributes: [...ALLOWED_ATTRIBUTES],
      comments: false,
      dataAttributes: false,
    },
  })
  const fragment = document.createDocumentFragment()
  fragment.append(...Array.from(container.childNodes, (node) => document.importNode(node, true)))
  return fragment
}

async function loadDomPurify(): Promise<SanitizeHtml> {
  const { default: DOMPurify } = await import('dompurify')
  return (html) => {
    // Typed as never null, yet DOMPurify answers null for some hostile inputs (a <frameset> document,
    // found by the XSS corpus): nothing is shown then.
    const clean = DOMPurify.sanitize(html, {
      ALLOWED_TAGS: [...ALLOWED_ELEMENTS],
      ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES],
      ALLOW_DATA_ATTR: false,
      KEEP_CONTENT: true,
      RETURN_DOM_FRAGMENT: true,
    })
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- the library's type is wrong here (see above)
    return clean ?? document.createDocumentFragment()
  }
}

/** Links only to safe protocols, external ones without opener or referrer; images lazy and safe. */
function harden(fragment: DocumentFragment): DocumentFragment {
  const origin = window.location.origin
  for (const link of fragment.querySelectorAll('a')) {
    const url = safeUrl(link.getAttribute('href'), SAFE_LINK_PROTOCOLS)
    if (!url) {
      link.removeAttribute('href')
      continue
    }
    // The address as the browser will resolve it: no odd whitespace or encodings left to reinterpret.
    link.setAttribute('href', url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : url.href)
    if (url.origin !== origin) link.setAttribute('rel', 'noopener noreferrer')
  }
  for (const image of fragment.querySelectorAll('img')) {
    const source = safeUrl(image.getAttribute('src'), SAFE_IMAGE_PROTOCOLS)
    if (!source) {
      image.remove()
      continue
    }
    image.setAttribute('src', source.href)
    image.setAttribute('loading', 'lazy')
    image.setAttribute('decoding', 'async')
  }
  return fragment
}

function safeUrl(value: string | null, protocols: Set<string>): URL | null {
  if (value === null || value.trim() === '') return null
  try {
    const url = new URL(value, document.baseURI)
    return protocols.has(url.protocol) ? url : null
  } catch {
    return null
  }
}

let readySanitizer: SanitizeHtml | null = null
let pendingSanitizer: Promise<SanitizeHtml> | null = null

/** Starts loading a sanitiser (a no-op where the Sanitizer API exists). Safe to call many times. */
export function loadSanitizer(): Promise<SanitizeHtml> {
  pendingSanitizer ??= (hasSanitizerApi() ? Promise.resolve(sanitizeWithSanitizerApi) : loadDomPurify()).then(
    (sanitize) => {
      readySanitizer = (html) => harden(sanitize(html))
      return readySanitizer
    },
  )
  return pendingSanitizer
}

/** The sanitiser if it is already loaded, so rendering can skip a suspense round trip. */
export function getLoadedSanitizer(): SanitizeHtml | null {
  if (!readySanitizer && hasSanitizerApi()) readySanitizer = (html) => harden(sanitizeWithSanitizerApi(html))
  return readySanitizer
}

declare global {
  interface Element {
    /** The HTML Sanitizer API's safe setter (TypeScript's DOM library has only `setHTMLUnsafe` yet). */
    setHTML?(html: string, options?: { sanitizer?: SanitizerConfig | Sanitizer }): void
  }
}
