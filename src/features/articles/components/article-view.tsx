import { Suspense, useId, type ReactNode } from 'react'
import { PageHeading } from '@/components/page-heading'
import { PrefetchLink } from '@/components/prefetch-link'
import { RenderWhenNear } from '@/components/render-when-near'
import type { Article } from '@/lib/api-schemas'
import { useMessages } from '@/lib/i18n/use-messages'
import { lazyComponent, lazyModule } from '@/lib/react/lazy-module'
import { paths } from '@/lib/routing/paths'
import { ArticleBody } from './article-body'
import { PublicationDate } from './article-meta'
import { AuthorBio } from './author-bio'
import { RatingSummary } from './rating-summary'
import { RelatedLinks } from './related-links'
import { CONTENT_LANG } from '../content-language'
import styles from './article-view.module.css'

// Below the body, with the mutation code it needs: loaded as the reader nears it, or when idle.
const ratingCode = lazyModule(() => import('./article-rating'))
const ArticleRating = lazyComponent(ratingCode, (module) => module.ArticleRating)

interface ArticleViewProps {
  article: Article
  /** For what measures or returns to the body (reading progress). */
  bodyId?: string
  /** Under the byline: sharing, printing, resuming. */
  tools?: ReactNode
}

/** The full article: title and byline, cover and credit, the body, then its author and related reading. */
export function ArticleView({ article, bodyId, tools }: ArticleViewProps) {
  const messages = useMessages()
  const titleId = useId()
  const authorHeadingId = useId()
  return (
    // The article's own words are marked French (CONTENT_LANG); the interface's words follow <html lang>.
    <article className={styles.article} aria-labelledby={titleId}>
      <header className={styles.header}>
        <p className={styles.category} lang={CONTENT_LANG}>
          <PrefetchLink to={paths.home({ category: article.category.slug })}>
            {article.category.name}
          </PrefetchLink>
        </p>
        <PageHeading id={titleId} documentTitle={article.title} className={styles.title} lang={CONTENT_LANG}>
          {article.title}
        </PageHeading>
        <p className={styles.byline}>
          <span>
            {messages.article.by}{' '}
            <PrefetchLink to={paths.author(article.author.slug)} className={styles.author}>
              {article.author.name}
            </PrefetchLink>
          </span>
          <PublicationDate publishedAt={article.publishedAt} />
          <span>{messages.article.readingTime(article.readingMinutes)}</span>
        </p>
        <p className={styles.rating}>
          <RatingSummary rating={article.rating} />
        </p>
        {tools}
      </header>

      {article.cover && (
        <figure className={styles.cover} lang={CONTENT_LANG}>
          <img
            src={article.cover.url}
            alt={article.cover.alt}
            width={article.cover.width}
            height={article.cover.height}
            fetchPriority="high"
            decoding="async"
          />
          {article.photoCredit && <figcaption className={styles.credit}>{article.photoCredit}</figcaption>}
        </figure>
      )}

      <ArticleBody html={article.bodyHtml} id={bodyId} lang={CONTENT_LANG} />

      {!article.cover && article.photoCredit && (
        <p className={styles.credit} lang={CONTENT_LANG}>
          {article.photoCredit}
        </p>
      )}

      <RenderWhenNear placeholder={null} prepare={ratingCode.load}>
        <Suspense fallback={null}>
          <ArticleRating slug={article.slug} />
        </Suspense>
      </RenderWhenNear>

      <footer className={styles.footer}>
        <section aria-labelledby={authorHeadingId}>
          <AuthorBio
            author={article.author}
            variant="article"
            heading={
              <h2 id={authorHeadingId} className={styles.bioHeading}>
                {messages.article.aboutAuthor}
              </h2>
            }
          />
        </section>
        <RelatedLinks related={article.related} />
      </footer>
    </article>
  )
}
