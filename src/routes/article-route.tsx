import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { useLocation, useParams, useSearchParams } from 'react-router'
import { ErrorMessage } from '@/components/error-message'
import { NotFoundMessage } from '@/components/not-found-message'
import { PageError } from '@/components/page-error'
import { QueryBoundary } from '@/components/query-boundary'
import { RenderWhenNear } from '@/components/render-when-near'
import { articleQueries } from '@/features/articles/api/article-queries'
import { ArticleSkeleton } from '@/features/articles/components/article-skeleton'
import { ArticleView } from '@/features/articles/components/article-view'
import { CommentsPlaceholder } from '@/features/comments/components/comments-placeholder'
import { isApiError } from '@/lib/api-error'
import { useMessages } from '@/lib/i18n/use-messages'
import { readCommentSort } from './article-route-data'
import { setUpCommentPosting } from './comment-posting'

// The thread's code (reading, posting, replying) loads as the reader nears it, or when the browser is
// idle; its first page of data is already on its way with the article's.
const loadCommentsSection = () =>
  import('@/features/comments/components/comments-section').then((module) => ({
    default: module.CommentsSection,
  }))

/** `/articles/:slug`: the article, then its comment thread (fetched in parallel, never blocking it). */
export function ArticleRoute() {
  const { article: messages } = useMessages()
  const queryClient = useQueryClient()
  // Before any form can post, and in time to resume a post a reload interrupted.
  useState(() => setUpCommentPosting(queryClient))
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
  const { comments: words } = useMessages()
  const { data: article } = useSuspenseQuery(articleQueries.detail(slug))
  const isPermalink = useLocation().hash.startsWith('#commentaire-')
  // A failed import stays failed in React.lazy: "Réessayer" makes a new one.
  const [CommentsSection, setCommentsSection] = useState(() => lazy(loadCommentsSection))
  const placeholder = <CommentsPlaceholder count={article.commentCount} />
  return (
    <>
      <ArticleView article={article} />
      <RenderWhenNear placeholder={placeholder} immediately={isPermalink}>
        <ErrorBoundary
          onReset={() => setCommentsSection(() => lazy(loadCommentsSection))}
          fallbackRender={({ error, resetErrorBoundary }) => (
            <CommentsPlaceholder count={article.commentCount}>
              <ErrorMessage
                error={error}
                title={words.loadError}
                onRetry={resetErrorBoundary}
                headingLevel={3}
              />
            </CommentsPlaceholder>
          )}
        >
          <Suspense fallback={placeholder}>
            <CommentsSection slug={slug} sort={sort} initialCount={article.commentCount} />
          </Suspense>
        </ErrorBoundary>
      </RenderWhenNear>
    </>
  )
}
