import type { QueryClient } from '@tanstack/react-query'
import { articleQueries } from '@/features/articles/api/article-queries'
import { commentQueries } from '@/features/comments/api/comment-queries'
import type { CommentSort } from '@/features/comments/api/comments-api'
import { loadSanitizer } from '@/lib/sanitize-html'

/** `?tri=recents` shows the newest comments first; the default is oldest first. */
export function readCommentSort(search: URLSearchParams): CommentSort {
  return search.get('tri') === 'recents' ? 'newest' : 'oldest'
}

/** The article and the first page of its comments start together; the comments never wait for it. */
export function prefetchArticleRoute(queryClient: QueryClient, slug: string, search: URLSearchParams) {
  void queryClient.query(articleQueries.detail(slug)).catch(() => {})
  void queryClient.infiniteQuery(commentQueries.thread(slug, readCommentSort(search))).catch(() => {})
  void loadSanitizer()
}
