/** Smoke timings: median and p95 answer times of the plugin on loopback, as `npm run bench` reports them. */
import assert from 'node:assert/strict'
import type { SiteInfo } from './site.ts'
import { median, newKey, p95, type Answer, type Api, type CommentPage, type Check } from './smoke-client.ts'

const SAMPLES = 50

async function measure(times: number, call: () => Promise<Answer>): Promise<number[]> {
  const durations: number[] = []
  for (let index = 0; index < times; index++) {
    const answer = await call()
    assert.ok(answer.status < 300, `${String(answer.status)} ${answer.text.slice(0, 200)}`)
    durations.push(answer.ms)
  }
  return durations
}

const format = (values: number[]) => `${median(values).toFixed(1)} / ${p95(values).toFixed(1)}`

export function timingChecks(site: SiteInfo, api: Api, timings: Record<string, string>): Check[] {
  const huge = site.seed.hugeThread
  const short = 'commerce-electronique-pourquoi-les-detaillants-quebecois-tardent'
  return [
    [
      'Timings: a page of the 5,000-comment thread (page 1 and page 20) answers about as fast as a short thread’s',
      async () => {
        let cursor: string | null = null
        for (let page = 1; page < 20; page++) {
          const answer: CommentPage = (
            await api(
              'GET',
              `/articles/${huge}/comments${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
            )
          ).json as CommentPage
          assert.equal(answer.total, 5000)
          cursor = answer.nextCursor
          assert.ok(cursor, `page ${String(page)} has a next page`)
        }
        const page20 = `/articles/${huge}/comments?cursor=${encodeURIComponent(cursor ?? '')}`
        const shortPage = await measure(SAMPLES, () => api('GET', `/articles/${short}/comments`))
        const hugeFirst = await measure(SAMPLES, () => api('GET', `/articles/${huge}/comments`))
        const hugeTwentieth = await measure(SAMPLES, () => api('GET', page20))
        const popular = await measure(SAMPLES, () => api('GET', `/articles/${huge}/comments?sort=popular`))
        timings['thread, short (page 1)'] = format(shortPage)
        timings['thread, 5,000 comments, page 1'] = format(hugeFirst)
        timings['thread, 5,000 comments, page 20'] = format(hugeTwentieth)
        timings['thread, 5,000 comments, popular, page 1'] = format(popular)
        assert.ok(median(hugeTwentieth) < median(shortPage) * 2 + 15, 'page 20 stays close to a short thread')
      },
    ],
    [
      'Timings: article list, one article, one post',
      async () => {
        timings['GET /articles'] = format(await measure(SAMPLES, () => api('GET', '/articles')))
        timings['GET /articles/{slug} (Isarta)'] = format(
          await measure(SAMPLES, () => api('GET', `/articles/${site.seed.isarta}`)),
        )
        timings['GET /articles?q=quebec'] = format(
          await measure(SAMPLES, () => api('GET', '/articles?q=quebec')),
        )
        timings['POST …/comments'] = format(
          await measure(20, () =>
            api('POST', `/articles/${short}/comments`, {
              body: { authorName: 'Mesure', body: `Commentaire de mesure ${newKey()}`, parentId: null },
              headers: { 'Idempotency-Key': newKey() },
            }),
          ),
        )
      },
    ],
  ]
}
