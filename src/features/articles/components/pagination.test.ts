import { describe, expect, test } from 'vitest'
import { visiblePages } from './pagination'

describe('visiblePages', () => {
  test('shows every page when there are few', () => {
    expect(visiblePages(1, 4)).toEqual([1, 2, 3, 4])
  })

  test('keeps the first, the last and the neighbours, with gaps', () => {
    expect(visiblePages(10, 20)).toEqual([1, null, 9, 10, 11, null, 20])
  })

  test('fills a gap of one page with the page itself', () => {
    expect(visiblePages(4, 20)).toEqual([1, 2, 3, 4, 5, null, 20])
  })
})
