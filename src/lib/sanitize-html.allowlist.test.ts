/**
 * The article sanitiser's allowlist and hardening, element by element, for both ways it runs: DOMPurify
 * (browsers without the HTML Sanitizer API, and jsdom) and the browser's Sanitizer API. jsdom has no
 * Sanitizer API: a stand-in applies the configuration it is given the way the API does (elements kept,
 * wrappers replaced by their children, the rest dropped with its content; only listed attributes; no
 * comments, no data-* unless asked), so what is checked here is the configuration the app hands over.
 * The real API and the XSS corpus run in Chromium (e2e/xss.spec.ts).
 */
import { afterEach, describe, expect, test, vi } from 'vitest'
import type { SanitizeHtml } from './sanitize-html'

interface SanitizerSettings {
  elements: string[]
  replaceWithChildrenElements: string[]
  attributes: string[]
  comments: boolean
  dataAttributes: boolean
}

function applySanitizerSettings(node: Node, settings: SanitizerSettings) {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === Node.COMMENT_NODE) {
      if (!settings.comments) child.remove()
      continue
    }
    if (!(child instanceof Element)) continue
    applySanitizerSettings(child, settings)
    const name = child.localName
    if (settings.elements.includes(name)) {
      for (const { name: attribute } of [...child.attributes]) {
        const isKept =
          settings.attributes.includes(attribute) ||
          (attribute.startsWith('data-') && settings.dataAttributes)
        if (!isKept) child.removeAttribute(attribute)
      }
    } else if (settings.replaceWithChildrenElements.includes(name)) {
      child.replaceWith(...child.childNodes)
    } else {
      child.remove()
    }
  }
}

function installSanitizerApi() {
  vi.stubGlobal('Sanitizer', function Sanitizer() {})
  Element.prototype.setHTML = function setHTML(this: Element, html: string, options) {
    const parsed = new DOMParser().parseFromString(html, 'text/html')
    applySanitizerSettings(parsed.body, options?.sanitizer as unknown as SanitizerSettings)
    this.replaceChildren(
      ...[...parsed.body.childNodes].map((node) => this.ownerDocument.importNode(node, true)),
    )
  }
}

afterEach(() => {
  delete Element.prototype.setHTML
})

const ways = [
  ['DOMPurify', () => undefined],
  ['the Sanitizer API', installSanitizerApi],
] as const

/** A fresh copy of the module (it keeps the sanitiser it loaded), in the way under test. */
async function sanitizerFor(install: () => void): Promise<SanitizeHtml> {
  install()
  vi.resetModules()
  const { loadSanitizer } = await import('./sanitize-html')
  return loadSanitizer()
}

function clean(sanitize: SanitizeHtml, html: string): HTMLElement {
  const container = document.createElement('div')
  container.append(sanitize(html))
  return container
}

const KEPT_ELEMENTS = [
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
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
]
const UNWRAPPED = [
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
]

describe.each(ways)('sanitising articles with %s', (_way, install) => {
  test.each(KEPT_ELEMENTS)('keeps <%s> with its text', async (name) => {
    const container = clean(await sanitizerFor(install), `<${name}>texte</${name}>`)
    expect(container.querySelector(name)?.textContent).toBe('texte')
  })

  test('keeps line breaks, rules, links and images', async () => {
    const container = clean(
      await sanitizerFor(install),
      '<p>un<br>deux</p><hr><a href="https://exemple.ca/">lien</a><img src="https://exemple.ca/a.png" alt="Une image">',
    )
    expect(container.querySelectorAll('br, hr, a, img')).toHaveLength(4)
  })

  test.each(UNWRAPPED)('drops <%s> but keeps its text', async (name) => {
    const container = clean(await sanitizerFor(install), `<p>avant <${name}>dedans</${name}> après</p>`)
    expect(container.querySelector(name)).toBeNull()
    expect(container.textContent).toBe('avant dedans après')
  })

  test('drops what could run or restyle the page, with its content', async () => {
    const container = clean(
      await sanitizerFor(install),
      '<p>texte</p><script>alert(1)</script><style>p{}</style><iframe src="https://x.org"></iframe><form><input></form><svg><circle/></svg><!-- note -->',
    )
    expect(container.innerHTML).toBe('<p>texte</p>')
  })

  test('keeps the listed attributes only: no classes, styles, ids, handlers or data', async () => {
    const container = clean(
      await sanitizerFor(install),
      '<p lang="en" dir="rtl" title="t" class="c" style="color:red" id="i" onclick="x()" data-x="1">a</p>' +
        '<img src="https://exemple.ca/a.png" alt="A" width="10" height="20" onerror="x()">',
    )
    const paragraph = container.querySelector('p')!
    expect(paragraph.getAttributeNames().sort()).toEqual(['dir', 'lang', 'title'])
    expect(container.querySelector('img')!.getAttributeNames().sort()).toEqual([
      'alt',
      'decoding',
      'height',
      'loading',
      'src',
      'width',
    ])
  })

  test('links: safe protocols only; ours as paths, others’ without opener or referrer', async () => {
    const container = clean(
      await sanitizerFor(install),
      '<a href="javascript:alert(1)">a</a><a href="  ">b</a><a href="mailto:a@exemple.ca">c</a><a href="tel:+15145550000">d</a>' +
        '<a href="/articles/autre?x=1#y">e</a><a href="http://localhost:3000/auteurs/z">f</a><a href="https://exemple.ca/p">g</a>' +
        '<a href="http://[::1">h</a>',
    )
    const link = (text: string) => {
      const found = [...container.querySelectorAll('a')].find((candidate) => candidate.textContent === text)
      return { href: found?.getAttribute('href') ?? null, rel: found?.getAttribute('rel') ?? null }
    }
    expect(link('a')).toEqual({ href: null, rel: null })
    expect(link('b')).toEqual({ href: null, rel: null })
    expect(link('c')).toEqual({ href: 'mailto:a@exemple.ca', rel: 'noopener noreferrer' })
    expect(link('d')).toEqual({ href: 'tel:+15145550000', rel: 'noopener noreferrer' })
    expect(link('e')).toEqual({ href: '/articles/autre?x=1#y', rel: null })
    expect(link('f')).toEqual({ href: '/auteurs/z', rel: null })
    expect(link('g')).toEqual({ href: 'https://exemple.ca/p', rel: 'noopener noreferrer' })
    expect(link('h')).toEqual({ href: null, rel: null })
  })

  test('images: http(s) only, made absolute, lazy and decoded off the main thread', async () => {
    const container = clean(
      await sanitizerFor(install),
      '<img src="javascript:alert(1)" alt="a"><img src="data:image/png;base64,AAAA" alt="b"><img alt="c">' +
        '<img src="/images/x.svg" alt="d"><img src="https://exemple.ca/e.png" alt="e">',
    )
    const images = [...container.querySelectorAll('img')].map((image) => ({
      alt: image.alt,
      src: image.getAttribute('src'),
      loading: image.getAttribute('loading'),
      decoding: image.getAttribute('decoding'),
    }))
    expect(images).toEqual([
      { alt: 'd', src: 'http://localhost:3000/images/x.svg', loading: 'lazy', decoding: 'async' },
      { alt: 'e', src: 'https://exemple.ca/e.png', loading: 'lazy', decoding: 'async' },
    ])
  })

  test('loads once: every caller gets the same sanitiser', async () => {
    install()
    vi.resetModules()
    const { loadSanitizer } = await import('./sanitize-html')
    const [first, second] = await Promise.all([loadSanitizer(), loadSanitizer()])
    expect(second).toBe(first)
    expect(await loadSanitizer()).toBe(first)
  })
})

describe('a sanitiser ready before the first render', () => {
  test('with the Sanitizer API there is nothing to load: it is ready at once', async () => {
    installSanitizerApi()
    vi.resetModules()
    const { getLoadedSanitizer } = await import('./sanitize-html')
    const sanitize = getLoadedSanitizer()
    expect(sanitize).not.toBeNull()
    expect(getLoadedSanitizer()).toBe(sanitize)
    expect(clean(sanitize!, '<p>ok<script>x</script></p>').innerHTML).toBe('<p>ok</p>')
  })

  test('with DOMPurify it is ready once loaded, and not before', async () => {
    vi.resetModules()
    const { getLoadedSanitizer, loadSanitizer } = await import('./sanitize-html')
    expect(getLoadedSanitizer()).toBeNull()
    const loaded = await loadSanitizer()
    expect(getLoadedSanitizer()).toBe(loaded)
  })

  test.each([
    ['a Sanitizer constructor without setHTML', () => vi.stubGlobal('Sanitizer', function Sanitizer() {})],
    [
      'setHTML without a Sanitizer constructor',
      () => {
        Element.prototype.setHTML = function setHTML(this: Element) {
          this.textContent = 'un ancien brouillon de l’API'
        }
      },
    ],
  ])('a browser with half of the Sanitizer API (%s) gets DOMPurify', async (_half, install) => {
    install()
    vi.resetModules()
    const { getLoadedSanitizer, loadSanitizer } = await import('./sanitize-html')
    expect(getLoadedSanitizer()).toBeNull()
    const sanitize = await loadSanitizer()
    expect(clean(sanitize, '<p>texte</p><script>x</script>').innerHTML).toBe('<p>texte</p>')
  })

  test('DOMPurify’s null answer for a hostile document shows nothing rather than failing', async () => {
    vi.resetModules()
    vi.doMock('dompurify', () => ({ default: { sanitize: () => null } }))
    const { loadSanitizer } = await import('./sanitize-html')
    const sanitize = await loadSanitizer()
    expect(clean(sanitize, '<frameset></frameset>').childNodes).toHaveLength(0)
    vi.doUnmock('dompurify')
  })
})
