import { PrefetchLink } from '@/components/prefetch-link'
import type { ArticleSummary } from '@/lib/api-schemas'
import { useMessages } from '@/lib/i18n/use-messages'
import { paths } from '@/lib/routing/paths'
import { PublicationDate } from './article-meta'
import { RatingSummary } from './rating-summary'
import { CONTENT_LANG } from '../content-language'
import styles from './article-card.module.css'

interface ArticleCardProps {
  article: ArticleSummary
  headingLevel?: 2 | 3
  /** `lead`: the front page's first story (large cover, standfirst); `card`: any other. */
  variant?: 'lead' | 'card'
  /** On the first screen: the cover loads at once. Below it, it waits until the reader nears it. */
  isAboveFold?: boolean
}

/**
 * A story in a list. The title comes first (the one link: the whole card is its target), then its
 * category, the excerpt and one quiet meta line; the cover is shown above it (beside it on a phone)
 * at a fixed aspect ratio, with its own width and height so nothing moves while it loads. A story
 * without a cover is set as text, with a rule of the accent colour above it.
 */
export function ArticleCard({
  article,
  headingLevel = 2,
  variant = 'card',
  isAboveFold = false,
}: ArticleCardProps) {
  const messages = useMessages()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const isLead = variant === 'lead'
  const { cover } = article
  return (
    <article className={styles.card} data-variant={variant} data-cover={cover ? 'yes' : 'none'}>
      <Heading className={styles.title} lang={CONTENT_LANG}>
        <PrefetchLink to={paths.article(article.slug)} className={styles.link}>
          {article.title}
        </PrefetchLink>
      </Heading>
      <p className={`kicker ${styles.category}`} lang={CONTENT_LANG}>
        {article.category.name}
      </p>
      <p className={styles.excerpt} lang={CONTENT_LANG}>
        {article.excerpt}
      </p>
      <p className={`meta-row ${styles.meta}`}>
        <span>
          {messages.article.by} {article.author.name}
        </span>
        <PublicationDate publishedAt={article.publishedAt} isRelativeWhenRecent />
        {isLead && <span>{messages.article.readingTime(article.readingMinutes)}</span>}
        {article.commentCount > 0 && <span>{messages.article.commentCount(article.commentCount)}</span>}
        {article.rating.count > 0 && <RatingSummary rating={article.rating} variant="compact" />}
      </p>
      {cover && (
        // The title says what the story is: the picture is decoration here (its description is on
        // the article's page, where the picture is the article's).
        <img
          className={styles.cover}
          src={cover.url}
          alt=""
          width={cover.width}
          height={cover.height}
          loading={isAboveFold ? 'eager' : 'lazy'}
          fetchPriority={isLead ? 'high' : undefined}
          decoding="async"
        />
      )}
    </article>
  )
}
