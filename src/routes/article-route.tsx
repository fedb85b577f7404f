import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams, useSearchParams } from 'react-router'
import { NotFoundMessage } from '@/components/not-found-message'
import { PageError } from '@/components/page-error'
import { QueryBoundary } from '@/components/query-boundary'
import { articleQueries } from '@/features/articles/api/article-queries'
import { ArticleSkeleton } from '@/features/articles/components/article-skeleton'
import { ArticleView } from '@/features/articles/components/article-view'
import { CommentsSection } from '@/features/comments/components/comments-section'
import { isApiError } from '@/lib/api-error'
import { useMessages } from '@/lib/i18n/use-messages'
import { readCommentSort } from './article-route-data'

/** `/articles/:slug`: the article, then its comment thread (fetched in parallel, never blocking it). */
export function ArticleRoute() {
  const { article: messages } = useMessages()
  const { slug = '' } = useParams()
  const [search] = useSearchParams()
  const sort = readCommentSort(search)

  return (
    <QueryBoundary
      resetKeys={[slug]}
      fallback={<ArticleSkeleton />}
      renderError={(error, retry) =>
        isApiError(error) && error.status === 410 ? (
          <NotFoundMessage title={messages.goneTitle} body={messages.goneBody} />
        ) : isApiError(error) && error.isNotFound ? (
          <NotFoundMessage title={messages.notFoundTitle} body={messages.notFoundBody} />
        ) : (
          <PageError error={error} onRetry={retry} />
        )
      }
    >
      <ArticlePage slug={slug} sort={sort} />
    </QueryBoundary>
  )
}

function ArticlePage({ slug, sort }: { slug: string; sort: ReturnType<typeof readCommentSort> }) {
  const { data: article } = useSuspenseQuery(articleQueries.detail(slug))
  return (
    <>
      <ArticleView article={article} />
      <CommentsSection slug={slug} sort={sort} initialCount={article.commentCount} />
    </>
  )
}
