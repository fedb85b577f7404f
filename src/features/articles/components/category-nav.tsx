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

/** Filters by category; a link per category, so a filter is a URL like any other page. */
export function CategoryNav({ current, query }: CategoryNavProps) {
  const { list } = useMessages()
  const { data: categories } = useSuspenseQuery(categoryQueries.list())
  return (
    <nav aria-label={list.categories} className={styles.nav}>
      <ul className={styles.list}>
        <li>
          <PrefetchLink
            to={paths.home({ q: query })}
            className={styles.chip}
            aria-current={current === undefined ? 'page' : undefined}
          >
            {list.allCategories}
          </PrefetchLink>
        </li>
        {categories.map((category) => (
          <li key={category.slug}>
            <PrefetchLink
              to={paths.home({ q: query, category: category.slug })}
              className={styles.chip}
              aria-current={current === category.slug ? 'page' : undefined}
            >
              {list.categoryWithCount(category.name, category.articleCount)}
            </PrefetchLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

export function CategoryNavSkeleton() {
  return <div className={styles.skeleton} aria-hidden="true" />
}
