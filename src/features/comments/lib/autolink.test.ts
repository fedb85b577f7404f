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

  test('splits a body into exactly its text and its links, with no empty parts', () => {
    expect(splitLinks('https://exemple.ca fin')).toEqual([
      { kind: 'link', text: 'https://exemple.ca', href: 'https://exemple.ca' },
      { kind: 'text', text: ' fin' },
    ])
    expect(splitLinks('http://a.ca http://b.ca')).toEqual([
      { kind: 'link', text: 'http://a.ca', href: 'http://a.ca' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: 'http://b.ca', href: 'http://b.ca' },
    ])
    expect(splitLinks('Rien à lier')).toEqual([{ kind: 'text', text: 'Rien à lier' }])
    expect(splitLinks('')).toEqual([])
  })

  test.each([
    ['Lisez https://exemple.ca/article!!', 'https://exemple.ca/article'],
    ['« https://exemple.ca/a » et https://exemple.ca/b…', 'https://exemple.ca/b'],
    ['(voir https://exemple.ca/page)', 'https://exemple.ca/page'],
    ['(voir https://fr.wikipedia.org/wiki/Québec_(ville)).', 'https://fr.wikipedia.org/wiki/Québec_(ville)'],
    ['Voir https://exemple.ca/a(b.', 'https://exemple.ca/a(b'],
  ])('ends the link where the sentence takes over: %s', (body, href) => {
    expect(
      splitLinks(body)
        .filter((part) => part.kind === 'link')
        .at(-1),
    ).toEqual({ kind: 'link', text: href, href })
  })

  test.each(['Voir http://.', 'Voir https://[::1 ici', 'http://?'])(
    'leaves an address that is not one as text: %s',
    (body) => {
      expect(splitLinks(body)).toEqual([{ kind: 'text', text: body }])
    },
  )

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
