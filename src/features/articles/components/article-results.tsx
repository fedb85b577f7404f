import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { LoadingStatus, SkeletonLines } from '@/components/skeleton'
import { useMessages } from '@/lib/i18n/use-messages'
import { articleQueries } from '../api/article-queries'
import type { ArticleListParams } from '../api/articles-api'
import { ArticleCard } from './article-card'
import { Pagination } from './pagination'
import styles from './article-results.module.css'

interface ArticleResultsProps {
  params: ArticleListParams
  hrefForPage: (page: number) => string
  /** What to say when nothing matches, and where to go instead. */
  empty: { message: string; linkLabel?: string; linkTo?: string }
  headingLevel?: 2 | 3
}

/** One page of articles with its count, its pages, and its empty state. */
export function ArticleResults({ params, hrefForPage, empty, headingLevel = 2 }: ArticleResultsProps) {
  const { list } = useMessages()
  const { data } = useSuspenseQuery(articleQueries.list(params))
  const pageCount = Math.max(1, Math.ceil(data.total / data.pageSize))
  const isPastLastPage = data.items.length === 0 && data.total > 0

  return (
    <div className={styles.results}>
      <p role="status" className={styles.status}>
        {list.resultCount(data.total)}
        {data.total > 0 && !isPastLastPage && <> — {list.pageOf(data.page, pageCount)}</>}
      </p>

      {data.total === 0 && (
        <div className={styles.empty}>
          <p className={styles.emptyTitle}>{list.emptyTitle}</p>
          <p>{empty.message}</p>
          {empty.linkTo && empty.linkLabel && <Link to={empty.linkTo}>{empty.linkLabel}</Link>}
        </div>
      )}

      {isPastLastPage && (
        <div className={styles.empty}>
          <p>{list.pageOutOfRange(pageCount)}</p>
          <Link to={hrefForPage(1)}>{list.firstPage}</Link>
        </div>
      )}

      {data.items.length > 0 && (
        <ol className={styles.list}>
          {data.items.map((article) => (
            <li key={article.slug}>
              <ArticleCard article={article} headingLevel={headingLevel} />
            </li>
          ))}
        </ol>
      )}

      <Pagination page={data.page} pageCount={pageCount} hrefForPage={hrefForPage} />
    </div>
  )
}

/** Card-shaped placeholders, the height of real cards, so the page does not jump when they arrive. */
export function ArticleResultsSkeleton({ count = 4 }: { count?: number }) {
  return (
    <div className={styles.results}>
      <LoadingStatus />
      <p className={styles.status} aria-hidden="true">
        &nbsp;
      </p>
      <div aria-hidden="true">
        {Array.from({ length: count }, (_, index) => (
          <div key={index} className={styles.cardSkeleton}>
            <SkeletonLines lines={1} lineHeight={1.1} className={styles.skeletonCategory} />
            <SkeletonLines lines={2} lineHeight={1.6} className={styles.skeletonTitle} />
            <SkeletonLines lines={3} lineHeight={1.5} />
          </div>
        ))}
      </div>
    </div>
  )
}
