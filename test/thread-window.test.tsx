import { act, screen, waitFor, within } from '@testing-library/react'
import { getResponse, http } from 'msw'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { handlers } from '../mocks/handlers/index'
import { server } from '../mocks/node'
import { db } from '../mocks/db'
import { hugeThread } from '../mocks/scenarios/huge-thread.ts'
import { renderApp, seedArticle } from './render-app'

/* eslint-disable testing-library/no-node-access -- jsdom has no layout: the stand-in observer tells
   which list items are near by walking the thread's list, as the browser would by their position. */

/**
 * The 5,000-comment thread (the mock API's `huge-thread` scenario) windowed by chunks of five
 * top-level comments. jsdom has no layout and no IntersectionObserver: a stand-in observer reports as
 * "near the viewport" what the test says the reader is looking at, by the number of the top-level
 * comments (1 is the first). Real scrolling, focus and find-in-page are covered in Chromium
 * (e2e/thread-window.spec.ts).
 */

const articleUrl = `/articles/${seedArticle.slug}`

/** Where each top-level comment sits in the fake layout, as tall as the app's first estimate. */
const HEIGHT = 500

/** The thread's list of top-level comments: none is a failure, not an empty layout. */
function threadList(): Element {
  const list = screen.getByRole('region', { name: /^Commentaires \(/ }).querySelector('ol')
  if (!list) throw new Error('The thread has no list of comments')
  return list
}

/**
 * The top-level comments (numbers from 1) each item of the thread's list holds or stands for, walking
 * the list in order: a stand-in names its range, a comment's item is the one after the item before it.
 */
function rangesOfItems(list: Element | null = threadList()): Map<Element, [number, number]> {
  const ranges = new Map<Element, [number, number]>()
  let last = 0
  for (const item of list?.children ?? []) {
    const standsFor = item.querySelector('article')
      ? null
      : /^Commentaires? (\d+)(?: à (\d+))?/.exec(item.textContent)
    const range: [number, number] = standsFor
      ? [Number(standsFor[1]), Number(standsFor[2] ?? standsFor[1])]
      : [last + 1, last + 1]
    ranges.set(item, range)
    last = range[1]
  }
  return ranges
}

function rectOf([first, last]: [number, number]) {
  return { top: (first - 1) * HEIGHT, bottom: last * HEIGHT } as DOMRectReadOnly
}

class FakeIntersectionObserver {
  static instances = new Set<FakeIntersectionObserver>()
  readonly targets = new Set<Element>()
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.instances.add(this)
  }
  observe(target: Element) {
    this.targets.add(target)
  }
  unobserve(target: Element) {
    this.targets.delete(target)
  }
  disconnect() {
    this.targets.clear()
    FakeIntersectionObserver.instances.delete(this)
  }
  takeRecords() {
    return []
  }
  deliver(ranges: Map<Element, [number, number]>, viewport: [number, number]) {
    const rootBounds = rectOf(viewport)
    const entries = [...this.targets].map((target) => {
      const range = ranges.get(target) ?? [0, 0]
      const isIntersecting = range[0] <= viewport[1] && range[1] >= viewport[0]
      return {
        target,
        isIntersecting,
        boundingClientRect: rectOf(range),
        rootBounds,
      } as IntersectionObserverEntry
    })
    if (entries.length > 0) this.callback(entries, this as unknown as IntersectionObserver)
  }
}

/**
 * The reader now has top-level comments `from` to `to` within reach (the viewport and its margin): the
 * observer says what is near, until everything near is rendered.
 */
function lookAt(from: number, to: number) {
  for (let round = 0; round < 5; round++) {
    act(() => {
      for (const observer of [...FakeIntersectionObserver.instances])
        observer.deliver(rangesOfItems(), [from, to])
    })
  }
}

/** What `?scenario=huge-thread` does in the browser, for every API request of the test. */
function useHugeThread() {
  server.use(
    http.all('*/api/*', ({ request }) => {
      if (request.headers.has('X-Mock-Scenario')) return undefined
      const headers = new Headers(request.headers)
      headers.set('X-Mock-Scenario', 'huge-thread')
      headers.set('X-Mock-Latency', '0')
      return getResponse(handlers, new Request(request, { headers }))
    }),
  )
}

function thread() {
  return screen.getByRole('region', { name: /^Commentaires \(/ })
}

async function findHugeThread() {
  return screen.findByRole('region', { name: /^Commentaires \(5\s000\)$/, busy: false }, { timeout: 5000 })
}

/** The top-level comments rendered, by their numbers in the thread. */
function renderedNumbers() {
  return [...rangesOfItems()].filter(([item]) => item.querySelector('article')).map(([, [first]]) => first)
}

function standIn(first: number, last: number) {
  return within(thread()).queryByText(
    `Commentaires ${first} à ${last} et leurs réponses masqués pour alléger la page`,
  )
}

/** The huge thread's top-level comments, in the API's order (oldest first). */
function topLevelIds() {
  const article = db.findArticle(seedArticle.slug)
  if (!article) throw new Error('no seed article')
  return hugeThread(article.slug, article.publishedAt)
    .filter((comment) => comment.parentId === null)
    .map((comment) => comment.id)
}

beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver)
  // jsdom lays nothing out: items are where the fake layout puts them.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    // Asked for any element, also before the thread is there: then nothing has a place yet.
    const list = screen.queryByRole('region', { name: /^Commentaires \(/ })?.querySelector('ol') ?? null
    const range = rangesOfItems(list).get(this)
    return (range ? rectOf(range) : { top: 0, bottom: 0 }) as DOMRect
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
  FakeIntersectionObserver.instances.clear()
})

describe('a thread of 5,000 comments', () => {
  test('renders the first comments at once, stands in for the rest of the page, renders them as they come near', async () => {
    useHugeThread()
    renderApp(articleUrl)
    await findHugeThread()
    expect(renderedNumbers()).toEqual([1, 2, 3, 4, 5])
    expect(standIn(6, 20)).toBeInTheDocument()
    expect(within(thread()).getByRole('button', { name: 'Afficher les commentaires 6 à 10' })).toBeVisible()

    lookAt(1, 8)
    expect(renderedNumbers()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(standIn(11, 20)).toBeInTheDocument()
  })

  test('keeps a bounded number of comments as pages are added, and shows earlier ones again on the way back up', async () => {
    useHugeThread()
    const { user } = renderApp(articleUrl)
    await findHugeThread()
    // The first chunk (1 to 5) always stays: the sixth comment is the first that can go.
    const sixthId = topLevelIds()[5]!
    const more = () => within(thread()).getByRole('button', { name: 'Voir plus de commentaires' })
    for (let page = 2; page <= 8; page++) {
      await user.click(more())
      await waitFor(() => expect(standIn((page - 1) * 20 + 6, page * 20)).toBeInTheDocument())
      // The reader is at the page just loaded.
      lookAt((page - 1) * 20 + 1, (page - 1) * 20 + 3)
      expect(renderedNumbers().length).toBeLessThanOrEqual(10)
    }
    expect(renderedNumbers()).toContain(141)
    expect(document.getElementById(`commentaire-${sixthId}`)).not.toBeInTheDocument()
    expect(standIn(6, 140)).toBeInTheDocument()
    expect(within(thread()).getAllByRole('listitem').length).toBeLessThan(60)

    lookAt(1, 7)
    expect(renderedNumbers()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(document.getElementById(`commentaire-${sixthId}`)).toBeInTheDocument()
  }, 30_000)

  test('the button of a stand-in shows its comments and moves focus to the first of them', async () => {
    useHugeThread()
    const { user } = renderApp(articleUrl)
    await findHugeThread()
    await user.click(within(thread()).getByRole('button', { name: 'Afficher les commentaires 6 à 10' }))
    expect(renderedNumbers()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(document.activeElement).toHaveAttribute('id', `commentaire-${topLevelIds()[5]}`)
    expect(standIn(11, 20)).toBeInTheDocument()
  })

  test('a chunk with a reply being written is never left out, nor its draft lost; the others are', async () => {
    useHugeThread()
    const { user } = renderApp(articleUrl)
    await findHugeThread()
    lookAt(1, 12)
    expect(renderedNumbers()).toHaveLength(15)
    const seventh = document.getElementById(`commentaire-${topLevelIds()[6]}`)!
    await user.click(within(seventh).getByRole('button', { name: 'Répondre' }))
    await user.type(within(thread()).getByRole('textbox', { name: 'Votre réponse' }), 'Brouillon en cours')
    act(() => (document.activeElement as HTMLElement | null)?.blur())

    lookAt(18, 20)
    // The first chunk always stays; 6 to 10 hold the reply; 11 to 15 go.
    expect(renderedNumbers()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 16, 17, 18, 19, 20])
    expect(standIn(11, 15)).toBeInTheDocument()
    expect(within(thread()).getByRole('textbox', { name: 'Votre réponse' })).toHaveValue('Brouillon en cours')
  })

  test('a chunk holding focus is never left out; the others are', async () => {
    useHugeThread()
    renderApp(articleUrl)
    await findHugeThread()
    lookAt(1, 12)
    const eleventh = document.getElementById(`commentaire-${topLevelIds()[10]}`)!
    act(() =>
      within(eleventh)
        .getByRole('button', { name: /^Copier le lien/ })
        .focus(),
    )

    lookAt(18, 20)
    expect(renderedNumbers()).toEqual([1, 2, 3, 4, 5, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20])
    expect(standIn(6, 10)).toBeInTheDocument()
  })

  test('a permalink to a comment pages down the thread renders it and focuses it', async () => {
    useHugeThread()
    const target = topLevelIds()[66]!
    renderApp(`${articleUrl}#commentaire-${target}`)
    await findHugeThread()
    await waitFor(() => expect(document.activeElement).toHaveAttribute('id', `commentaire-${target}`), {
      timeout: 5000,
    })
    expect(renderedNumbers()).toContain(67)
    expect(renderedNumbers().length).toBeLessThanOrEqual(25)
  })
})

describe('a thread of ordinary length', () => {
  test('is rendered whole, whatever is near', async () => {
    renderApp(articleUrl)
    const region = await screen.findByRole(
      'region',
      { name: 'Commentaires (1)', busy: false },
      { timeout: 3000 },
    )
    lookAt(500, 501)
    expect(within(region).getByRole('article', { name: 'Sylvie Gagnon' })).toBeInTheDocument()
    expect(within(region).queryByText(/masqués pour alléger la page$/)).not.toBeInTheDocument()
  })
})
