import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { listComments, listFeaturedComments, type CommentSort } from './comments-api'

export const commentQueries = {
  all: () => ['comments'] as const,
  threads: () => [...commentQueries.all(), 'thread'] as const,
  /** Top-level comments of an article, page by page (cursor-based), each with its reply tree. */
  thread: (slug: string, sort: CommentSort) =>
    infiniteQueryOptions({
      queryKey: [...commentQueries.threads(), slug, sort] as const,
      queryFn: ({ pageParam, signal }) => listComments(slug, { sort, cursor: pageParam }, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  /** The editors' picks ("Choix de la rédaction"), shown above the thread. */
  featured: (slug: string) =>
    queryOptions({
      queryKey: [...commentQueries.all(), 'featured', slug] as const,
      queryFn: ({ signal }) => listFeaturedComments(slug, signal),
    }),
}
