/**
 * Posting comments, wired once per query client: what a post does wherever it was started (mutation
 * defaults), saving unconfirmed posts, and resuming the ones a reload interrupted. Loaded with the
 * comment thread's code, or at start-up when posts are waiting: no page's first load carries it.
 */
import type { QueryClient } from '@tanstack/react-query'
import { articleQueries } from '@/features/articles/api/article-queries'
import { registerCommentMutations } from '@/features/comments/api/create-comment'
import { keepPendingPosts, resumePendingPosts } from '@/features/comments/api/pending-posts'

const readyClients = new WeakSet<QueryClient>()

export function setUpCommentPosting(queryClient: QueryClient) {
  if (readyClients.has(queryClient)) return
  readyClients.add(queryClient)
  registerCommentMutations(queryClient, {
    // Lists show each article's comment count: let them refetch when next shown.
    onCommentCreated: () =>
      void queryClient.invalidateQueries({ queryKey: articleQueries.all(), refetchType: 'none' }),
    // A post refused because the thread closed meanwhile: the article knows it from now on.
    onCommentsClosed: (slug) =>
      queryClient.setQueryData(
        articleQueries.detail(slug).queryKey,
        (article) => article && { ...article, commentsOpen: false },
      ),
  })
  resumePendingPosts(queryClient)
  keepPendingPosts(queryClient)
}
