import { useSuspenseQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { CardGridSkeleton } from '@/components/card-grid-skeleton'
import { LoadingStatus } from '@/components/skeleton'
import { useMessages } from '@/lib/i18n/use-messages'
import { articleQueries } from '../api/article-queries'
import type { ArticleListParams } from '../api/articles-api'
import { ArticleCard } from './article-card'
import { Pagination } from './pagination'
import grid from '@/components/card-grid.module.css'
import styles from './article-results.module.css'

/** Cards whose cover is on the first screen without a lead (a desktop row, a phone's first two). */
const COVERS_ABOVE_FOLD = 3

interface ArticleResultsProps {
  params: ArticleListParams
  hrefForPage: (page: number) => string
  /** What to say when nothing matches, and where to go instead. */
  empty: { message: string; linkLabel?: string; linkTo?: string }
  headingLevel?: 2 | 3
  /** A front page (the home page, a category): the first story of the first page is the lead. */
  hasLead?: boolean
}

/** One page of articles with its count, its pages, and its empty state. */
export function ArticleResults({
  params,
  hrefForPage,
  empty,
  headingLevel = 2,
  hasLead = false,
}: ArticleResultsProps) {
  const { list } = useMessages()
  const { data } = useSuspenseQuery(articleQueries.list(params))
  const pageCount = Math.max(1, Math.ceil(data.total / data.pageSize))
  const isPastLastPage = data.items.length === 0 && data.total > 0
  const showsLead = hasLead && data.page === 1
  // The count matters to a search or a filtered list; the front page's first page does without it.
  const isCountShown = Boolean(params.q || params.category || params.author) || data.page > 1

  return (
    <div className={styles.results}>
      <p role="status" className={isCountShown ? styles.status : 'visually-hidden'}>
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
        <ol className={grid.grid} data-layout={showsLead ? 'front' : 'list'}>
          {data.items.map((article, index) => (
            <li key={article.slug}>
              <ArticleCard
                article={article}
                headingLevel={headingLevel}
                variant={showsLead && index === 0 ? 'lead' : 'card'}
                isAboveFold={showsLead ? index === 0 : index < COVERS_ABOVE_FOLD}
              />
            </li>
          ))}
        </ol>
      )}

      <Pagination page={data.page} pageCount={pageCount} hrefForPage={hrefForPage} />
    </div>
  )
}

interface ArticleResultsSkeletonProps {
  count?: number
  hasLead?: boolean
  /** The results will say how many they are: the line is kept for it. */
  hasCount?: boolean
}

/** The cards' placeholders, in the cards' own grid, so the page does not jump when they arrive. */
export function ArticleResultsSkeleton({
  count = 6,
  hasLead = false,
  hasCount = true,
}: ArticleResultsSkeletonProps) {
  return (
    <div className={styles.results}>
      <LoadingStatus />
      {hasCount && (
        <p className={styles.status} aria-hidden="true">
          &nbsp;
        </p>
      )}
      <CardGridSkeleton count={count} hasLead={hasLead} />
    </div>
  )
}
