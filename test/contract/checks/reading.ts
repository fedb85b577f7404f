/** Reading: articles (pages, search, filters), one article, authors, categories, ratings, thread pages. */
import { describe, expect, test } from 'vitest'
import type { Comment, CommentSort } from '../../../src/lib/api-schemas'
import type { Backend } from '../backend'
import { expectError, fieldsOf, type ContractApi } from '../contract-api'
import { SEED } from '../seed'

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

const byAge = (a: Comment, b: Comment) => a.createdAt.localeCompare(b.createdAt)

export function readingChecks(backend: Backend, api: ContractApi) {
  describe('articles, authors, categories', () => {
    test('the list: newest first, 12 a page by default, pages that follow, filters and search', async () => {
      const first = await api.articles()
      expect([first.status, first.body.page, first.body.pageSize, first.body.items.length]).toEqual([
        200, 1, 12, 12,
      ])
      const dates = first.body.items.map((item) => item.publishedAt)
      expect(dates).toEqual([...dates].sort().reverse())
      const [pageOne, pageTwo] = [
        (await api.articles('?pageSize=5')).body,
        (await api.articles('?page=2&pageSize=5')).body,
      ]
      expect(pageTwo.items.map((item) => item.slug)).toEqual(
        first.body.items.slice(5, 10).map((item) => item.slug),
      )
      expect(pageOne.total).toBe(first.body.total)
      const beyond = (await api.articles(`?page=${first.body.total}&pageSize=50`)).body
      expect(beyond.items).toEqual([])

      const search = (await api.articles('?q=QUEBEC&pageSize=50')).body.items
      expect(search.map((item) => item.slug)).toContain(SEED.model)
      const inCategory = (await api.articles(`?category=${SEED.category}&pageSize=50`)).body.items
      expect(inCategory.length).toBeGreaterThan(0)
      expect(inCategory.every((item) => item.category.slug === SEED.category)).toBe(true)
      const byAuthor = (await api.articles(`?author=${SEED.author}&pageSize=50`)).body.items
      expect(byAuthor.every((item) => item.author.slug === SEED.author)).toBe(true)
      expect(byAuthor.map((item) => item.slug)).toContain(SEED.model)
      // Title and excerpt, accents and case aside (a server may also match the body).
      const both = (await api.articles('?q=quebec%20gare')).body.items
      expect(both.some((item) => fold(`${item.title} ${item.excerpt}`).includes('gare'))).toBe(true)
    })

    test.each([
      ['page=0', 'page'],
      ['page=-1', 'page'],
      ['page=1.5', 'page'],
      ['page=deux', 'page'],
      ['pageSize=0', 'pageSize'],
      ['pageSize=51', 'pageSize'],
      ['pageSize=cinquante', 'pageSize'],
    ])('the list refuses %s (no clamping), naming the parameter', async (query, field) => {
      expect(fieldsOf(await api.articles(`?${query}`))).toEqual([field])
    })

    test('the list accepts its limits: page 1, pageSize 1 and 50', async () => {
      expect((await api.articles('?page=1&pageSize=1')).body.items).toHaveLength(1)
      expect((await api.articles('?pageSize=50')).body.pageSize).toBe(50)
    })

    test('an article: open to comments by default, counted; an unknown one is a 404', async () => {
      const { status, body } = await api.article(SEED.model)
      expect([status, body.slug, body.commentsOpen, body.commentCount]).toEqual([200, SEED.model, true, 1])
      expectError(await api.article('article-inexistant'), 404, 'not_found')
    })

    test('every article of the list, and the first page of its thread in each order, match the contract', async () => {
      const { items, total } = (await api.articles('?pageSize=50')).body
      expect(items).toHaveLength(total)
      for (const { slug, commentCount } of items) {
        expect((await api.article(slug)).body.commentCount).toBe(commentCount)
        for (const sort of ['oldest', 'newest', 'popular']) {
          expect((await api.comments(slug, `?sort=${sort}`)).body.total, `${slug} ${sort}`).toBe(commentCount)
        }
      }
    })

    test('authors and categories; an unknown author is a 404', async () => {
      expect((await api.author(SEED.author)).status).toBe(200)
      expectError(await api.author('auteur-inexistant'), 404, 'not_found')
      const { items } = (await api.categories()).body
      expect(items.map((item) => item.slug)).toContain(SEED.category)
      expect(items.every((item) => Number.isInteger(item.articleCount))).toBe(true)
    })

    test('ratings: 1 to 5; a reader key votes once (a later vote replaces it), votes without a key count alone', async () => {
      const before = (await api.article(SEED.quiet)).body.rating
      const key = crypto.randomUUID()
      expect((await api.rate(SEED.quiet, 2, key)).body.count).toBe(before.count + 1)
      const replaced = (await api.rate(SEED.quiet, 5, key)).body
      expect(replaced.count).toBe(before.count + 1)
      expect(replaced.average).toBeCloseTo((before.average * before.count + 5) / (before.count + 1), 2)
      await api.rate(SEED.quiet, 1)
      expect((await api.rate(SEED.quiet, 1)).body.count).toBe(before.count + 3)
      expect((await api.article(SEED.quiet)).body.rating.count).toBe(before.count + 3)
      for (const value of [0, 6, 2.5, '4', null]) {
        expect(fieldsOf(await api.rate(SEED.quiet, value, key)), String(value)).toEqual(['value'])
      }
      // 404 comes first, whatever else is wrong.
      expectError(await api.rate('article-inexistant', 9), 404, 'not_found')
    })
  })

  describe('reading a thread', () => {
    test('20 top-level comments by default, each with its whole reply tree (replies oldest first)', async () => {
      const { body } = await api.comments(SEED.busy)
      expect(body.items).toHaveLength(20)
      expect(body.total).toBe((await api.article(SEED.busy)).body.commentCount)
      const trees = (comments: Comment[]): boolean =>
        comments.every(
          (comment) =>
            comment.replies.every((reply) => reply.parentId === comment.id) &&
            comment.replies.map((reply) => reply.createdAt).join() ===
              [...comment.replies]
                .sort(byAge)
                .map((reply) => reply.createdAt)
                .join() &&
            trees(comment.replies),
        )
      expect(body.items.every((comment) => comment.parentId === null)).toBe(true)
      expect(trees(body.items)).toBe(true)
      expect(body.items.some((comment) => comment.replies.length > 0)).toBe(true)
      expect((await api.comments(SEED.model, '?limit=1')).body.nextCursor).toBeNull()
    })

    test.each([['0'], ['101'], ['-1'], ['2.5'], ['beaucoup']])(
      'limit=%s is refused (no clamping)',
      async (limit) => {
        expect(fieldsOf(await api.comments(SEED.busy, `?limit=${limit}`))).toEqual(['limit'])
      },
    )

    test('an unknown sort, a cursor the API did not make, or one of another order are refused; 404 first', async () => {
      expect(fieldsOf(await api.comments(SEED.busy, '?sort=best'))).toEqual(['sort'])
      expect(fieldsOf(await api.comments(SEED.busy, '?cursor=nimporte'))).toEqual(['cursor'])
      const { nextCursor } = (await api.comments(SEED.busy, '?sort=newest&limit=2')).body
      expect(nextCursor).toEqual(expect.any(String))
      const elsewhere = encodeURIComponent(nextCursor ?? '')
      expect(fieldsOf(await api.comments(SEED.busy, `?sort=oldest&cursor=${elsewhere}`))).toEqual(['cursor'])
      expect(fieldsOf(await api.comments(SEED.busy, `?sort=popular&cursor=${elsewhere}`))).toEqual(['cursor'])
      expectError(await api.comments('article-inexistant', '?limit=0&sort=best'), 404, 'not_found')
    })

    const walk = async (slug: string, sort: CommentSort, limit: number, options = {}) => {
      const seen: Comment[] = []
      let cursor: string | null = null
      let pages = 0
      do {
        const query: string = `?sort=${sort}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
        const page = (await api.comments(slug, query, options)).body
        expect(page.items.length).toBeLessThanOrEqual(limit)
        seen.push(...page.items)
        cursor = page.nextCursor
        pages++
      } while (cursor !== null && pages < 100)
      return { ids: seen.map((comment) => comment.id), comments: seen, pages }
    }

    test('cursor pages in each order never overlap nor skip, and stop', async () => {
      const oldest = await walk(SEED.busy, 'oldest', 100)
      expect(oldest.pages).toBe(Math.ceil(oldest.ids.length / 100))
      // total counts replies too: more than the top-level comments the pages hold.
      expect((await api.comments(SEED.busy)).body.total).toBeGreaterThan(oldest.ids.length)
      expect(new Set(oldest.ids).size).toBe(oldest.ids.length)
      const ages = oldest.comments.map((comment) => comment.createdAt)
      expect(ages).toEqual([...ages].sort())
      for (const sort of ['newest', 'popular'] as const) {
        const { ids, comments } = await walk(SEED.busy, sort, 100)
        expect(new Set(ids).size, sort).toBe(ids.length)
        expect([...ids].sort(), sort).toEqual([...oldest.ids].sort())
        // Smaller pages give the same sequence: no page boundary loses or repeats a comment.
        expect((await walk(SEED.busy, sort, 37)).ids, sort).toEqual(ids)
        if (sort === 'newest') expect(ids).toEqual([...oldest.ids].reverse())
        else {
          const ranks = comments.map((comment) => [comment.likeCount, comment.createdAt] as const)
          for (let index = 1; index < ranks.length; index++) {
            const [likes, createdAt] = ranks[index]!
            const [previousLikes, previousCreatedAt] = ranks[index - 1]!
            // Most liked first; ties oldest first.
            expect(likes < previousLikes || (likes === previousLikes && createdAt >= previousCreatedAt)).toBe(
              true,
            )
          }
        }
      }
    })

    test('the 5,000-comment thread: page 1 and page 20 in each order, as fast in popular as in the others', async () => {
      const { slug, headers } = backend.hugeThread
      const timed = async (sort: CommentSort, cursor: string | null) => {
        const times: number[] = []
        for (let run = 0; run < 5; run++) {
          const started = performance.now()
          const page = await api.comments(
            slug,
            `?sort=${sort}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
            { headers },
          )
          times.push(performance.now() - started)
          expect(page.body.total).toBe(5000)
        }
        return times.sort((a, b) => a - b)[2]!
      }
      const page20: Partial<Record<CommentSort, number>> = {}
      for (const sort of ['oldest', 'newest', 'popular'] as const) {
        let cursor: string | null = null
        for (let page = 1; page < 20; page++) {
          const query: string = `?sort=${sort}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
          cursor = (await api.comments(slug, query, { headers })).body.nextCursor
          expect(cursor, `${sort} page ${page}`).not.toBeNull()
        }
        await timed(sort, null)
        page20[sort] = await timed(sort, cursor)
      }
      const others = Math.max(page20.oldest ?? 0, page20.newest ?? 0)
      expect(page20.popular, JSON.stringify(page20)).toBeLessThan(others * 3 + 50)
    })
  })
}
