import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiRequest } from '@/lib/api-client'
import type { ApiError } from '@/lib/api-error'
import { ratingSchema, type Rating } from '@/lib/api-schemas'
import { localStore } from '@/lib/browser/local-store'
import { articleQueries } from './article-queries'

export function rateArticle(slug: string, value: number): Promise<Rating> {
  return apiRequest(`/articles/${encodeURIComponent(slug)}/ratings`, {
    schema: ratingSchema,
    method: 'POST',
    body: { value },
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
