/** A chunk left out, as the stand-in for it needs it. */
export interface LeftOutChunk {
  key: string
  /** The place of its first top-level comment in the thread, from 1. */
  first: number
  /** How many top-level comments it holds. */
  count: number
  /** The height it took, or is estimated to take. */
  height: number
}

/**
 * A run of chunks left out, as one string (`"3-1:66:5:2480 3-2:71:5:2515"`): what the memoised
 * stand-in is given, so that it renders again only when the run changes.
 */
export function encodeRun(chunks: readonly LeftOutChunk[]): string {
  return chunks.map(({ key, first, count, height }) => `${key}:${first}:${count}:${height}`).join(' ')
}

export function decodeRun(run: string): LeftOutChunk[] {
  return run.split(' ').map((part) => {
    const [key = '', first, count, height] = part.split(':')
    return { key, first: Number(first), count: Number(count), height: Number(height) }
  })
}
