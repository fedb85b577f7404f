import type { ReactNode } from 'react'
import { PrefetchLink } from '@/components/prefetch-link'
import type { Author } from '@/lib/api-schemas'
import { useMessages } from '@/lib/i18n/use-messages'
import { paths } from '@/lib/routing/paths'
import { ExternalLink } from './external-link'
import { CONTENT_LANG } from '../content-language'
import styles from './author-bio.module.css'

interface AuthorBioProps {
  author: Author
  /** On the author's own page, the heading inside the box: their name. */
  heading?: ReactNode
  /**
   * `article`: under an article, with the author's name linking to their page.
   * `profile`: on that page, where the heading already is the name.
   */
  variant: 'article' | 'profile'
}

export function AuthorBio({ author, heading, variant }: AuthorBioProps) {
  const { article } = useMessages()
  return (
    <div className={styles.bio}>
      {author.avatar && (
        <img
          className={styles.avatar}
          src={author.avatar.url}
          alt=""
          width={author.avatar.width}
          height={author.avatar.height}
          loading="lazy"
          decoding="async"
        />
      )}
      <div className={styles.text}>
        {heading}
        {variant === 'article' && (
          <p className={styles.name}>
            <PrefetchLink to={paths.author(author.slug)}>{author.name}</PrefetchLink>
          </p>
        )}
        <p className={styles.role} lang={CONTENT_LANG}>
          {author.role}
        </p>
        <p className={styles.about} lang={CONTENT_LANG}>
          {author.bio}
        </p>
        {author.links.length > 0 && (
          <ul className={styles.links} aria-label={article.authorLinks}>
            {author.links.map((link) => (
              <li key={`${link.url}-${link.label}`}>
                <ExternalLink href={link.url}>
                  <span lang={CONTENT_LANG}>{link.label}</span>
                </ExternalLink>
              </li>
            ))}
          </ul>
        )}
        {variant === 'article' && (
          <p className={styles.more}>
            <PrefetchLink to={paths.author(author.slug)}>{article.authorArticles(author.name)}</PrefetchLink>
          </p>
        )}
      </div>
    </div>
  )
}
