import { describe, expect, test } from 'vitest'
import { formatRule, parseRules, parseScenarioList, pathMatches, readSettings } from './settings'

describe('parseScenarioList', () => {
  test('reads known scenarios, combined, once each, whatever the case', () => {
    expect(parseScenarioList(' slow, Comments-Error ,slow')).toEqual({
      scenarios: ['slow', 'comments-error'],
      unknown: [],
    })
  })

  test('"default" means none, and unknown names are reported, not applied', () => {
    expect(parseScenarioList('default')).toEqual({ scenarios: [], unknown: [] })
    expect(parseScenarioList('slow,lent')).toEqual({ scenarios: ['slow'], unknown: ['lent'] })
    expect(parseScenarioList(null)).toEqual({ scenarios: [], unknown: [] })
  })
})

describe('parseRules', () => {
  test('reads method, path, outcome and latency, several separated by ";"', () => {
    expect(parseRules('POST /articles/*/comments 503 3000; get /categories timeout')).toEqual([
      { method: 'POST', path: '/articles/*/comments', outcome: 503, latencyMs: 3000 },
      { method: 'GET', path: '/categories', outcome: 'timeout', latencyMs: 0 },
    ])
  })

  test('"-" keeps the normal answer and only adds latency', () => {
    expect(parseRules('* /articles - 800')).toEqual([
      { method: '*', path: '/articles', outcome: null, latencyMs: 800 },
    ])
  })

  test('skips what it cannot read', () => {
    expect(
      parseRules(
        'PUT /articles 500; GET articles 500; GET /articles 999; GET /articles 500 lent; GET /a 500 1 2',
      ),
    ).toEqual([])
  })

  test('round-trips through formatRule', () => {
    const [rule] = parseRules('DELETE /comments/* network 250')
    expect(parseRules(formatRule(rule!))).toEqual([rule])
  })
})

test('pathMatches: "*" stands for exactly one segment', () => {
  expect(pathMatches('/articles/*/comments', '/articles/un-article/comments')).toBe(true)
  expect(pathMatches('/articles/*', '/articles/un-article/comments')).toBe(false)
  expect(pathMatches('/articles', '/articles/')).toBe(true)
})

describe('readSettings', () => {
  const request = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers })

  test('takes the session cookies', () => {
    const settings = readSettings(request('http://x/api/articles'), {
      'chronique-mock-scenario': 'slow,empty',
      'chronique-mock-latency': '300',
      'chronique-mock-clock': '2026-01-15T12:00:00Z',
    })
    expect(settings).toMatchObject({
      scenarios: ['slow', 'empty'],
      latencyMs: 300,
      clock: Date.parse('2026-01-15T12:00:00Z'),
    })
  })

  test('lets a request choose for itself with a header or a query parameter', () => {
    const cookies = { 'chronique-mock-scenario': 'slow' }
    expect(
      readSettings(request('http://x/api/articles', { 'X-Mock-Scenario': 'offline' }), cookies).scenarios,
    ).toEqual(['offline'])
    expect(readSettings(request('http://x/api/articles?scenario=empty'), cookies).scenarios).toEqual([
      'empty',
    ])
  })

  test('defaults to 1500 ms of latency and the real clock', () => {
    expect(readSettings(request('http://x/api/articles'), {})).toMatchObject({
      latencyMs: 1500,
      clock: null,
      rules: [],
    })
  })
})
