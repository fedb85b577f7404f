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
import { RatingSummary } from './rating-summary'
import { CONTENT_LANG } from '../content-language'
import { isStandfirstShown } from '../lib/standfirst'
import styles from './article-view.module.css'

// Below the body, with the mutation code it needs: loaded as the reader nears it, or when idle.
const ratingCode = lazyModule(() => import('./article-rating'))
const ArticleRating = lazyComponent(ratingCode, (module) => module.ArticleRating)

// The article's end (the author, related reading) is far below the first screen: loaded the same way.
const endCode = lazyModule(() => Promise.all([import('./author-bio'), import('./related-links')]))
const AuthorBio = lazyComponent(endCode, ([bio]) => bio.AuthorBio)
const RelatedLinks = lazyComponent(endCode, ([, related]) => related.RelatedLinks)

interface ArticleViewProps {
  article: Article
  /** For what measures or returns to the body (reading progress). */
  bodyId?: string
  /** Under the byline, when there is something to say there ("Reprendre la lecture"). */
  notice?: ReactNode
  /** After the body: sharing, printing. */
  tools?: ReactNode
}

/**
 * The full article. Its first screen is for reading: the category, the title, the standfirst, one
 * byline line, the cover, and the body's first lines (on a desktop the cover stands beside the title).
 * Sharing, printing and the rating come after the body; the author, related reading and the photo
 * credit (where the magazine had it) close the article.
 */
export function ArticleView({ article, bodyId, notice, tools }: ArticleViewProps) {
  const messages = useMessages()
  const titleId = useId()
  const authorHeadingId = useId()
  const { cover } = article
  return (
    // The article's own words are marked French (CONTENT_LANG); the interface's words follow <html lang>.
    <article className={styles.article} aria-labelledby={titleId}>
      <header className={styles.header} data-cover={cover ? 'yes' : 'none'}>
        <div className={styles.intro}>
          <p className={`kicker ${styles.category}`} lang={CONTENT_LANG}>
            <PrefetchLink to={paths.home({ category: article.category.slug })}>
              {article.category.name}
            </PrefetchLink>
          </p>
          <PageHeading
            id={titleId}
            documentTitle={article.title}
            className={styles.title}
            lang={CONTENT_LANG}
          >
            {article.title}
          </PageHeading>
          {isStandfirstShown(article.excerpt, article.bodyHtml) && (
            <p className={styles.standfirst} lang={CONTENT_LANG}>
              {article.excerpt}
            </p>
          )}
          <p className={`meta-row ${styles.byline}`}>
            <span>
              {messages.article.by}{' '}
              <PrefetchLink to={paths.author(article.author.slug)} className={styles.author}>
                {article.author.name}
              </PrefetchLink>
            </span>
            <PublicationDate publishedAt={article.publishedAt} />
            <span>{messages.article.readingTime(article.readingMinutes)}</span>
            {article.rating.count > 0 && <RatingSummary rating={article.rating} variant="compact" />}
          </p>
          {notice}
        </div>
        {cover && (
          <figure className={styles.cover} lang={CONTENT_LANG}>
            <img
              src={cover.url}
              alt={cover.alt}
              width={cover.width}
              height={cover.height}
              fetchPriority="high"
              decoding="async"
            />
          </figure>
        )}
      </header>

      <ArticleBody html={article.bodyHtml} id={bodyId} lang={CONTENT_LANG} />

      {tools}

      <div className={styles.rating}>
        <p className={styles.ratingSummary}>
          <RatingSummary rating={article.rating} />
        </p>
        <RenderWhenNear placeholder={null} prepare={ratingCode.load}>
          <Suspense fallback={null}>
            <ArticleRating slug={article.slug} />
          </Suspense>
        </RenderWhenNear>
      </div>

      <footer className={styles.footer}>
        <RenderWhenNear placeholder={null} prepare={endCode.load}>
          <section aria-labelledby={authorHeadingId}>
            <h2 id={authorHeadingId} className={styles.sectionHeading}>
              {messages.article.aboutAuthor}
            </h2>
            <AuthorBio author={article.author} variant="article" />
          </section>
          <RelatedLinks related={article.related} />
        </RenderWhenNear>
        {article.photoCredit && (
          <p className={styles.credit} lang={CONTENT_LANG}>
            {article.photoCredit}
          </p>
        )}
      </footer>
    </article>
  )
}
