import { describe, expect, test } from 'vitest'
import { createHeightEstimate } from './height-estimate'

describe('the height of chunks not rendered yet', () => {
  test('is 500 px a comment until one is measured, then the average measured', () => {
    const heights = createHeightEstimate()
    expect(heights.estimate(3)).toBe(1500)
    heights.record(900, 3)
    heights.record(301, 1)
    expect(heights.estimate(2)).toBe(601)
    expect(heights.estimate(0)).toBe(0)
  })
})
