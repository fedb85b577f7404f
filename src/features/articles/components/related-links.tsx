import { useId } from 'react'
import { PrefetchLink } from '@/components/prefetch-link'
import type { Article } from '@/lib/api-schemas'
import { useMessages } from '@/lib/i18n/use-messages'
import { paths } from '@/lib/routing/paths'
import { ExternalLink } from './external-link'
import { CONTENT_LANG } from '../content-language'
import styles from './related-links.module.css'

interface RelatedLinksProps {
  related: Article['related']
}

/** "À lire aussi sur le sujet": this site's articles open in the app; other sites are marked external. */
export function RelatedLinks({ related }: RelatedLinksProps) {
  const { article } = useMessages()
  const headingId = useId()
  if (related.length === 0) return null
  return (
    <section className={styles.related} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {article.related}
      </h2>
      <ul className={styles.list}>
        {related.map((link) => (
          <li key={`${link.url}-${link.title}`} className={styles.item}>
            {link.articleSlug ? (
              <PrefetchLink to={paths.article(link.articleSlug)} lang={CONTENT_LANG}>
                {link.title}
              </PrefetchLink>
            ) : (
              <ExternalLink href={link.url}>
                <span lang={CONTENT_LANG}>{link.title}</span>
              </ExternalLink>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
