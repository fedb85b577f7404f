import { useSuspenseQuery } from '@tanstack/react-query'
import { PrefetchLink } from '@/components/prefetch-link'
import { useMessages } from '@/lib/i18n/use-messages'
import { paths } from '@/lib/routing/paths'
import { categoryQueries } from '../api/article-queries'
import styles from './category-nav.module.css'

interface CategoryNavProps {
  current: string | undefined
  query: string | undefined
}

/**
 * The sections, as one row of links (a filter is a URL like any other page); on a phone the row
 * scrolls sideways instead of pushing the stories down.
 */
export function CategoryNav({ current, query }: CategoryNavProps) {
  const { list } = useMessages()
  const { data: categories } = useSuspenseQuery(categoryQueries.list())
  return (
    <nav aria-label={list.categories} className={styles.nav}>
      <ul className={styles.list}>
        <li>
          <PrefetchLink
            to={paths.home({ q: query })}
            className={styles.link}
            aria-current={current === undefined ? 'page' : undefined}
          >
            {list.allCategories}
          </PrefetchLink>
        </li>
        {categories.map((category) => (
          <li key={category.slug}>
            <PrefetchLink
              to={paths.home({ q: query, category: category.slug })}
              className={styles.link}
              aria-current={current === category.slug ? 'page' : undefined}
            >
              {category.name}
            </PrefetchLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** The row's place while the categories load, so nothing moves when they arrive. */
export function CategoryNavSkeleton() {
  return <div className={styles.nav} aria-hidden="true" />
}
