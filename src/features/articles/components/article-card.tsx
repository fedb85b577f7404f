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
}

/** Title first (the one link: the whole card is its target), then the excerpt, then one quiet meta line. */
export function ArticleCard({ article, headingLevel = 2 }: ArticleCardProps) {
  const messages = useMessages()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className={styles.card}>
      <p className={styles.category} lang={CONTENT_LANG}>
        {article.category.name}
      </p>
      <Heading className={styles.title} lang={CONTENT_LANG}>
        <PrefetchLink to={paths.article(article.slug)} className={styles.link}>
          {article.title}
        </PrefetchLink>
      </Heading>
      <p className={styles.excerpt} lang={CONTENT_LANG}>
        {article.excerpt}
      </p>
      <p className={styles.meta}>
        <span>
          {messages.article.by} {article.author.name}
        </span>
        <PublicationDate publishedAt={article.publishedAt} />
        <span>{messages.article.readingTime(article.readingMinutes)}</span>
        <span>{messages.article.commentCount(article.commentCount)}</span>
        <RatingSummary rating={article.rating} variant="compact" />
      </p>
    </article>
  )
}
