import { matchRoutes } from 'react-router'
import { describe, expect, test } from 'vitest'
import {
  commentAnchor,
  isCommentPermalink,
  paths,
  readArticleListSearch,
  readAuthorSearch,
  readCommentPermalink,
  readCommentSort,
  routePatterns,
  writeCommentSort,
} from './paths'

const awkwardSlug = 'l’été à Montréal/Québec?#%'

/** The params of `pattern` in `url`, matched (and decoded) as the router matches a location. */
function matchUrl(pattern: string, url: string) {
  return matchRoutes([{ path: pattern }], url)?.[0] ?? null
}

describe('the links and the route patterns', () => {
  test('an article link matches the article pattern, with its slug whole', () => {
    expect(matchUrl(routePatterns.article, paths.article(awkwardSlug))?.params.slug).toBe(awkwardSlug)
  })

  test('an author link, with or without a page, matches the author pattern and says the page', () => {
    for (const page of [undefined, 1, 3]) {
      const url = new URL(paths.author(awkwardSlug, page), 'https://chronique.test')
      expect(matchUrl(routePatterns.author, url.pathname)?.params.slug).toBe(awkwardSlug)
      expect(readAuthorSearch(url.searchParams)).toEqual({ page: page ?? 1 })
    }
  })

  test('a list link matches the home pattern and reads back as it was written', () => {
    const search = { q: 'fleuve & mer', category: 'société', page: 2 }
    const url = new URL(paths.home(search), 'https://chronique.test')
    expect(matchUrl(routePatterns.home, url.pathname)).not.toBeNull()
    expect(readArticleListSearch(url.searchParams)).toEqual(search)
    expect(paths.home()).toBe(routePatterns.home)
  })

  test('no link matches another page’s pattern', () => {
    expect(matchUrl(routePatterns.author, paths.article('un-article'))).toBeNull()
    expect(matchUrl(routePatterns.article, paths.author('une-autrice'))).toBeNull()
    expect(matchUrl(routePatterns.home, paths.article('un-article'))).toBeNull()
  })
})

describe('the comment order in the URL', () => {
  test('?tri=recents is newest first, ?tri=apprecies most liked first; anything else is oldest first', () => {
    expect(readCommentSort(new URLSearchParams('tri=recents'))).toBe('newest')
    expect(readCommentSort(new URLSearchParams('tri=apprecies'))).toBe('popular')
    expect(readCommentSort(new URLSearchParams(''))).toBe('oldest')
    expect(readCommentSort(new URLSearchParams('tri=autre'))).toBe('oldest')
  })

  test('writing an order keeps the other parameters, and oldest first leaves no parameter', () => {
    const search = new URLSearchParams('page=2')
    expect(writeCommentSort(search, 'newest').toString()).toBe('page=2&tri=recents')
    expect(writeCommentSort(search, 'oldest').toString()).toBe('page=2')
    expect(writeCommentSort(search, 'popular').toString()).toBe('page=2&tri=apprecies')
    expect(readCommentSort(writeCommentSort(search, 'popular'))).toBe('popular')
  })
})

describe('comment permalinks', () => {
  test('a comment’s anchor is the fragment its permalink reads back', () => {
    const url = new URL(paths.article('un-article'), 'https://chronique.test')
    url.hash = commentAnchor('c42')
    expect(url.hash).toBe('#commentaire-c42')
    expect(isCommentPermalink(url.hash)).toBe(true)
    expect(readCommentPermalink(url.hash)).toBe('c42')
  })

  test('other fragments link to no comment', () => {
    expect(isCommentPermalink('#contenu')).toBe(false)
    expect(readCommentPermalink('#contenu')).toBeNull()
    expect(readCommentPermalink('')).toBeNull()
  })
})
