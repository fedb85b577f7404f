import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequest } from '@/lib/api-client'
import type { ApiError } from '@/lib/api-error'
import { ratingSchema, type Rating } from '@/lib/api-schemas'
import { localStore } from '@/lib/browser/local-store'
import { readerKeyHeader } from '@/lib/browser/reader-key'
import { articleQueries } from './article-queries'

/** With the reader key, so that this device's later vote replaces its earlier one (v1.2). */
export function rateArticle(slug: string, value: number): Promise<Rating> {
  return apiRequest(`/articles/${encodeURIComponent(slug)}/ratings`, {
    schema: ratingSchema,
    method: 'POST',
    body: { value },
    headers: readerKeyHeader(),
  })
}

const voteKey = (slug: string) => `chronique:vote:${slug}`

/** The reader's own vote on this device (one per article), or null. */
export function readVote(slug: string): number | null {
  const value = Number(localStore.get(voteKey(slug)))
  return Number.isInteger(value) && value >= 1 && value <= 5 ? value : null
}

export function useRateArticle(slug: string) {
  const queryClient = useQueryClient()
  return useMutation<Rating, ApiError, number>({
    mutationFn: (value) => rateArticle(slug, value),
    onSuccess: (rating, value) => {
      localStore.set(voteKey(slug), String(value))
      queryClient.setQueryData(
        articleQueries.detail(slug).queryKey,
        (article) => article && { ...article, rating },
      )
      // The cards in lists show the rating too.
      void queryClient.invalidateQueries({ queryKey: articleQueries.lists(), refetchType: 'none' })
    },
  })
}
