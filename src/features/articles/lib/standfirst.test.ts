import { describe, expect, test } from 'vitest'
import { isStandfirstShown } from './standfirst'

describe('isStandfirstShown', () => {
  test('shows an excerpt that says something of its own', () => {
    expect(isStandfirstShown('Portrait d’un retard.', '<p>Chaque année, le même constat.</p>')).toBe(true)
  })

  test('leaves out an excerpt that is the body’s first paragraph, whatever its tags, entities and spaces', () => {
    const excerpt = 'L’équipe est «\u00a0heureuse\u00a0» de collaborer avec R & M.'
    expect(isStandfirstShown(excerpt, `<p>${excerpt}</p>\n<p>La suite.</p>`)).toBe(false)
    expect(
      isStandfirstShown(
        excerpt,
        '<p class="intro">L&#8217;équipe est «&nbsp;<em>heureuse</em>&nbsp;»\n de collaborer avec R &amp; M.</p>',
      ),
    ).toBe(false)
  })

  test('compares with the first paragraph only when the body opens with one', () => {
    expect(isStandfirstShown('La suite.', '<h2>Titre</h2><p>La suite.</p>')).toBe(true)
    expect(isStandfirstShown('La suite.', '<p>Le début.</p><p>La suite.</p>')).toBe(true)
  })

  test('shows nothing for an empty excerpt', () => {
    expect(isStandfirstShown('  ', '<p>Le début.</p>')).toBe(false)
  })
})
