import { describe, expect, test } from 'vitest'
import { splitLinks } from './autolink'

describe('splitLinks', () => {
  test('turns http and https addresses into links, and nothing else', () => {
    expect(splitLinks('Voir https://exemple.ca/page?a=1 et http://x.org')).toEqual([
      { kind: 'text', text: 'Voir ' },
      { kind: 'link', text: 'https://exemple.ca/page?a=1', href: 'https://exemple.ca/page?a=1' },
      { kind: 'text', text: ' et ' },
      { kind: 'link', text: 'http://x.org', href: 'http://x.org' },
    ])
  })

  test('leaves sentence punctuation out of the link', () => {
    expect(splitLinks('Lisez https://exemple.ca/article. Merci !')[1]).toEqual({
      kind: 'link',
      text: 'https://exemple.ca/article',
      href: 'https://exemple.ca/article',
    })
    expect(splitLinks('(voir https://fr.wikipedia.org/wiki/Québec_(ville))')[1]).toMatchObject({
      href: 'https://fr.wikipedia.org/wiki/Québec_(ville)',
    })
  })

  test.each([
    ['javascript:alert(1)', []],
    ['data:text/html,hi', []],
    ['ftp://x.org', []],
    ['mailto:a@x.org', []],
    ['https://', []],
    ['<a href="https://x.org">x</a>', ['https://x.org']],
    ['HTTPS://EXEMPLE.CA/Page', ['HTTPS://EXEMPLE.CA/Page']],
  ])('links only http and https addresses, never other schemes or markup: %s', (body, hrefs) => {
    const parts = splitLinks(body)
    expect(parts.flatMap((part) => (part.kind === 'link' ? [part.href] : []))).toEqual(hrefs)
    // Nothing is lost or added: the parts put together are the body.
    expect(parts.map((part) => part.text).join('')).toBe(body)
  })
})
