/** Until chunks have been measured: about what a top-level comment and its replies take on a phone. */
const DEFAULT_HEIGHT_PER_COMMENT = 500

/** How tall a chunk not rendered yet is likely to be, from the chunks measured so far. */
export interface HeightEstimate {
  record(height: number, comments: number): void
  estimate(comments: number): number
}

export function createHeightEstimate(): HeightEstimate {
  let totalHeight = 0
  let totalComments = 0
  return {
    record(height, comments) {
      totalHeight += height
      totalComments += comments
    },
    estimate(comments) {
      const perComment = totalComments > 0 ? totalHeight / totalComments : DEFAULT_HEIGHT_PER_COMMENT
      return Math.round(perComment * comments)
    },
  }
}
