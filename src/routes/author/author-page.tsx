import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams, useSearchParams } from 'react-router'
import { NotFoundMessage } from '@/components/not-found-message'
import { PageError } from '@/components/page-error'
import { PageHeading } from '@/components/page-heading'
import { QueryBoundary } from '@/components/query-boundary'
import { LoadingStatus } from '@/components/skeleton'
import { authorQueries } from '@/features/articles/api/article-queries'
import { ArticleResults, ArticleResultsSkeleton } from '@/features/articles/components/article-results'
import { AuthorBio } from '@/features/articles/components/author-bio'
import { isApiError } from '@/lib/api-error'
import { pageMetadataCode } from '@/features/articles/lib/page-metadata-code'
import { useLazyDocumentMetadata } from '@/lib/metadata/use-document-metadata'
import { useMessages } from '@/lib/i18n/use-messages'
import { paths, readAuthorSearch } from '@/lib/routing/paths'
import styles from './author-page.module.css'

/** `/auteurs/:slug`: who the author is, then their articles, newest first. */
export function AuthorPage() {
  const { author: messages } = useMessages()
  const { slug = '' } = useParams()
  return (
    <QueryBoundary
      resetKeys={[slug]}
      fallback={
        <div className={styles.page}>
          <LoadingStatus />
          <div className={styles.profileSkeleton} aria-hidden="true" />
        </div>
      }
      renderError={(error, retry) =>
        isApiError(error) && error.isNotFound ? (
          <NotFoundMessage title={messages.notFoundTitle} body={messages.notFoundBody} />
        ) : (
          <PageError error={error} onRetry={retry} />
        )
      }
    >
      <AuthorProfile slug={slug} />
    </QueryBoundary>
  )
}

function AuthorProfile({ slug }: { slug: string }) {
  const messages = useMessages()
  const [search] = useSearchParams()
  const { data: author } = useSuspenseQuery(authorQueries.detail(slug))
  const params = { ...readAuthorSearch(search), author: slug }
  useLazyDocumentMetadata(pageMetadataCode, (builders) => builders.authorMetadata(messages, author))
  return (
    <div className={styles.page}>
      <div className={styles.profile}>
        <AuthorBio
          author={author}
          variant="profile"
          heading={
            <PageHeading documentTitle={author.name} className={styles.name}>
              {author.name}
            </PageHeading>
          }
        />
      </div>
      <section className={styles.articles} aria-labelledby="articles-auteur">
        <h2 id="articles-auteur" className={styles.articlesHeading}>
          {messages.author.articlesHeading(author.name)}
        </h2>
        <QueryBoundary fallback={<ArticleResultsSkeleton count={3} />} resetKeys={[search.toString()]}>
          <ArticleResults
            params={params}
            headingLevel={3}
            hrefForPage={(page) => paths.author(slug, page)}
            empty={{ message: messages.list.emptyAll }}
          />
        </QueryBoundary>
      </section>
    </div>
  )
}
