import { describe, expect, test } from 'vitest'
import { decodeRun, encodeRun } from './stand-in-run'

describe('a run of chunks left out', () => {
  test('survives its encoding as one string', () => {
    const chunks = [
      { key: '3-1', first: 66, count: 5, height: 2480 },
      { key: '3-2', first: 71, count: 2, height: 915.5 },
    ]
    expect(encodeRun(chunks)).toBe('3-1:66:5:2480 3-2:71:2:915.5')
    expect(decodeRun(encodeRun(chunks))).toEqual(chunks)
  })
})
