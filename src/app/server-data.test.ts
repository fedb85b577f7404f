import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, test } from 'vitest'
import { articleQueries, authorQueries, categoryQueries } from '@/features/articles/api/article-queries'
import { commentQueries } from '@/features/comments/api/comment-queries'
import { adoptServerData, SERVER_DATA_ELEMENT } from './server-data'

const author = {
  slug: 'alain-bolduc',
  name: 'Alain Bolduc',
  role: 'Chroniqueur',
  avatar: null,
  bio: 'Consultant.',
  links: [],
}
const summary = {
  slug: 'un-article',
  title: 'Un article',
  excerpt: 'Son résumé.',
  category: { slug: 'technologie', name: 'Technologie' },
  author: { slug: author.slug, name: author.name, role: author.role, avatar: null },
  publishedAt: '2026-01-15T14:00:00Z',
  readingMinutes: 4,
  commentCount: 1,
  rating: { average: 4.5, count: 2 },
  cover: {
    url: 'https://magazine.example/wp-content/uploads/a.jpg',
    alt: 'Une image',
    width: 1200,
    height: 800,
  },
}
// As the API sends it: v1.2's optional fields left out (the schemas give them their defaults).
const article = { ...summary, author, bodyHtml: '<p>Le texte.</p>', photoCredit: null, related: [] }
const comment = {
  id: '12',
  parentId: null,
  authorName: 'Sylvie Gagnon',
  body: 'Bien dit.',
  createdAt: '2026-01-15T15:00:00Z',
  replies: [],
}

function writeServerData(payload: unknown, text = JSON.stringify(payload)) {
  const element = document.createElement('script')
  element.type = 'application/json'
  element.id = SERVER_DATA_ELEMENT
  element.textContent = text
  document.body.append(element)
}

afterEach(() => {
  document.getElementById(SERVER_DATA_ELEMENT)?.remove()
})

describe('the answers the server wrote into the page', () => {
  test('an article and its first comment page go in under the keys the article page reads, parsed', () => {
    writeServerData({
      article: { slug: 'un-article', data: article },
      thread: { slug: 'un-article', sort: 'newest', data: { items: [comment], nextCursor: 'abc', total: 1 } },
    })
    const client = new QueryClient()
    adoptServerData(client)

    const cached = client.getQueryData(articleQueries.detail('un-article').queryKey)
    // Parsed as a fetched answer is: the contract's default for what the server left out.
    expect(cached).toMatchObject({ title: 'Un article', commentsOpen: true })
    const thread = client.getQueryData(commentQueries.thread('un-article', 'newest').queryKey)
    expect(thread?.pageParams).toEqual([null])
    expect(thread?.pages[0]?.nextCursor).toBe('abc')
    expect(thread?.pages[0]?.items[0]).toMatchObject({ id: '12', status: 'published', likeCount: 0 })
    // Fresh: the page's own query does not ask again.
    expect(client.getQueryState(articleQueries.detail('un-article').queryKey)?.isInvalidated).toBe(false)
    expect(document.getElementById(SERVER_DATA_ELEMENT)).toBeNull()
  })

  test('the list (its parameters as the page reads them) and the categories', () => {
    writeServerData({
      list: {
        params: { page: 2, q: 'québec' },
        data: { items: [summary], page: 2, pageSize: 12, total: 13 },
      },
      categories: { data: { items: [{ slug: 'technologie', name: 'Technologie', articleCount: 7 }] } },
    })
    const client = new QueryClient()
    adoptServerData(client)

    // The home page's own key: absent parameters are undefined, which the key's hash ignores.
    const key = articleQueries.list({ page: 2, q: 'québec', category: undefined }).queryKey
    expect(client.getQueryData(key)?.total).toBe(13)
    expect(client.getQueryData(categoryQueries.list().queryKey)).toEqual([
      { slug: 'technologie', name: 'Technologie', articleCount: 7 },
    ])
  })

  test('an author and their articles', () => {
    writeServerData({
      author: { slug: 'alain-bolduc', data: author },
      list: {
        params: { page: 1, author: 'alain-bolduc' },
        data: { items: [], page: 1, pageSize: 12, total: 0 },
      },
    })
    const client = new QueryClient()
    expect(adoptServerData(client)).toEqual([
      ['articles', 'list', { page: 1, author: 'alain-bolduc' }],
      ['authors', 'detail', 'alain-bolduc'],
    ])
    expect(client.getQueryData(authorQueries.detail('alain-bolduc').queryKey)?.name).toBe('Alain Bolduc')
  })

  test('an answer that breaks the contract is left out: the page fetches it', () => {
    writeServerData({
      article: { slug: 'un-article', data: { ...article, title: 42 } },
      thread: { slug: 'un-article', sort: 'oldest', data: { items: [comment], nextCursor: null, total: 1 } },
    })
    const client = new QueryClient()
    adoptServerData(client)
    expect(client.getQueryData(articleQueries.detail('un-article').queryKey)).toBeUndefined()
    expect(client.getQueryData(commentQueries.thread('un-article', 'oldest').queryKey)).toBeDefined()
  })

  test('no element, broken JSON or an unknown shape: nothing is adopted, nothing throws', () => {
    const client = new QueryClient()
    expect(adoptServerData(client)).toEqual([])
    writeServerData(null, '{"article": ')
    expect(adoptServerData(client)).toEqual([])
    writeServerData({ thread: { slug: 'un-article', sort: 'popular', data: {} } })
    expect(adoptServerData(client)).toEqual([])
    expect(client.getQueryCache().getAll()).toHaveLength(0)
  })
})
