import { describe, expect, test } from 'vitest'
import { XSS_VECTORS } from '../../mocks/data/xss-vectors'
import { loadSanitizer } from './sanitize-html'

/** Every attribute or element that could run code, left in a sanitised fragment. */
function executableLeftovers(fragment: DocumentFragment): string[] {
  const found: string[] = []
  for (const element of fragment.querySelectorAll('*')) {
    if (/^(script|iframe|object|embed|style|link|meta|base|form|svg|math|template)$/i.test(element.tagName)) {
      found.push(`<${element.tagName.toLowerCase()}>`)
    }
    for (const attribute of element.attributes) {
      const isHandler = attribute.name.startsWith('on')
      const isDangerousUrl =
        /^\s*(javascript|vbscript|data):/i.test(attribute.value) &&
        /href|src|action|data/i.test(attribute.name)
      if (isHandler || isDangerousUrl || attribute.name === 'style' || attribute.name === 'srcdoc') {
        found.push(`${element.tagName.toLowerCase()}[${attribute.name}]`)
      }
    }
  }
  return found
}

describe('the article sanitiser (DOMPurify fallback, as in browsers without the Sanitizer API)', () => {
  test(`leaves nothing executable in any of the ${XSS_VECTORS.length} corpus vectors`, async () => {
    // A corpus that lost its vectors would pass for nothing.
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(100)
    const sanitize = await loadSanitizer()
    const failures = XSS_VECTORS.flatMap((vector) => {
      const leftovers = executableLeftovers(sanitize(vector.html))
      return leftovers.length > 0 ? [`#${vector.id}: ${leftovers.join(', ')}`] : []
    })
    expect(failures).toEqual([])
  })

  test('keeps the article’s structure, resolves links, and marks external ones', async () => {
    const sanitize = await loadSanitizer()
    const container = document.createElement('div')
    container.append(
      sanitize(
        '<h2>Titre</h2><p>Un <a href="https://exemple.ca/page">lien</a>, un <a href="/articles/autre">autre</a>.</p>' +
          '<ul><li>point</li></ul><blockquote><p>citation</p></blockquote><img src="/images/x.svg" alt="Image">',
      ),
    )
    expect(container.querySelector('h2')?.textContent).toBe('Titre')
    expect(container.querySelector('a[href="https://exemple.ca/page"]')?.getAttribute('rel')).toBe(
      'noopener noreferrer',
    )
    expect(container.querySelector('a[href="/articles/autre"]')?.hasAttribute('rel')).toBe(false)
    expect(container.querySelector('img')?.getAttribute('loading')).toBe('lazy')
    expect(container.querySelector('blockquote p')?.textContent).toBe('citation')
  })
})
