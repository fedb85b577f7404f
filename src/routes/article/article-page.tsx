import { useQueryClient, useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { useLocation, useParams, useSearchParams } from 'react-router'
import { Deferred } from '@/components/deferred'
import { ErrorMessage } from '@/components/error-message'
import { NotFoundMessage } from '@/components/not-found-message'
import { PageError } from '@/components/page-error'
import { QueryBoundary } from '@/components/query-boundary'
import { RenderWhenNear } from '@/components/render-when-near'
import { articleQueries } from '@/features/articles/api/article-queries'
import { ArticleSkeleton } from '@/features/articles/components/article-skeleton'
import { ArticleView } from '@/features/articles/components/article-view'
import { CommentsPlaceholder } from '@/features/comments/components/comments-placeholder'
import { pageMetadataCode } from '@/features/articles/lib/page-metadata-code'
import { ResumeReading } from '@/features/reading-progress/components/resume-reading'
import { isApiError } from '@/lib/api-error'
import { lazyComponent, lazyModule } from '@/lib/react/lazy-module'
import { useLazyDocumentMetadata } from '@/lib/metadata/use-document-metadata'
import { useMessages } from '@/lib/i18n/use-messages'
import { isCommentPermalink, readCommentSort, type CommentOrder } from '@/lib/routing/paths'

// A thin bar at the top of the screen, decoration only (aria-hidden): it can come a moment later.
const ReadingProgress = lazy(() =>
  import('@/features/reading-progress/components/reading-progress').then((module) => ({
    default: module.ReadingProgress,
  })),
)

// Sharing and printing come after the body: loaded as the reader nears them, or when idle.
const toolsCode = lazyModule(() => import('@/features/articles/components/article-tools'))
const ArticleTools = lazyComponent(toolsCode, (module) => module.ArticleTools)

/**
 * The thread's code (reading, posting, replying), with posting wired up in the same step, before any
 * form can exist. Not part of the article's first load: it starts with the article's data (index.html's
 * early requests on the static build's first page, the route's prefetch on later ones) and renders as
 * the reader nears the thread, or when the browser is idle.
 */
export const threadCode = lazyModule(() =>
  Promise.all([import('@/features/comments/components/comments-section'), import('./comment-posting')]),
)

const lazyCommentsSection = (queryClient: QueryClient) =>
  lazyComponent(threadCode, ([section, posting]) => {
    posting.setUpCommentPosting(queryClient)
    return section.CommentsSection
  })

/** `/articles/:slug`: the article, then its comment thread (fetched in parallel, never blocking it). */
export function ArticlePage() {
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
      <ArticleWithComments slug={slug} sort={sort} />
    </QueryBoundary>
  )
}

function ArticleWithComments({ slug, sort }: { slug: string; sort: CommentOrder }) {
  const messages = useMessages()
  const words = messages.comments
  const { data: article } = useSuspenseQuery(articleQueries.detail(slug))
  useLazyDocumentMetadata(pageMetadataCode, (builders) => builders.articleMetadata(messages, article))
  const bodyId = useId()
  const isPermalink = isCommentPermalink(useLocation().hash)
  const [commentsNeeded, setCommentsNeeded] = useState(false)
  const commentsRef = useRef<HTMLDivElement>(null)
  // Printing with the comments: render them now and wait for the thread (or its error) to show.
  const preparePrint = useCallback(async (withComments: boolean) => {
    if (!withComments) return
    setCommentsNeeded(true)
    await waitFor(() => Boolean(commentsRef.current?.querySelector('form, [role="alert"]')), 8000)
  }, [])
  const queryClient = useQueryClient()
  // A failed import stays failed in React.lazy: "Réessayer" makes a new one.
  const [CommentsSection, setCommentsSection] = useState(() => lazyCommentsSection(queryClient))
  const placeholder = <CommentsPlaceholder count={article.commentCount} />
  return (
    <>
      <Deferred>
        <ReadingProgress slug={slug} bodyId={bodyId} />
      </Deferred>
      <ArticleView
        article={article}
        bodyId={bodyId}
        notice={<ResumeReading key={slug} slug={slug} bodyId={bodyId} />}
        tools={
          <RenderWhenNear placeholder={null} prepare={toolsCode.load}>
            <ArticleTools slug={slug} title={article.title} preparePrint={preparePrint} />
          </RenderWhenNear>
        }
      />
      <div ref={commentsRef} data-print="comments">
        <RenderWhenNear
          placeholder={placeholder}
          immediately={isPermalink || commentsNeeded}
          prepare={threadCode.load}
        >
          <ErrorBoundary
            onReset={() => setCommentsSection(() => lazyCommentsSection(queryClient))}
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
              <CommentsSection
                slug={slug}
                sort={sort}
                initialCount={article.commentCount}
                commentsOpen={article.commentsOpen}
              />
            </Suspense>
          </ErrorBoundary>
        </RenderWhenNear>
      </div>
    </>
  )
}

/** Resolves when `isReady()` holds (checked every frame), or after `timeout` ms whatever happens. */
function waitFor(isReady: () => boolean, timeout: number): Promise<void> {
  const deadline = performance.now() + timeout
  return new Promise((resolve) => {
    const check = () => {
      if (isReady() || performance.now() > deadline) resolve()
      else requestAnimationFrame(check)
    }
    check()
  })
}
