import { PrefetchLink } from '@/components/prefetch-link'
import { useMessages } from '@/lib/i18n/use-messages'
import styles from './pagination.module.css'

interface PaginationProps {
  page: number
  pageCount: number
  hrefForPage: (page: number) => string
}

/** Page numbers to show: the first, the last, and two around the current one, with gaps as `null`. */
export function visiblePages(page: number, pageCount: number): (number | null)[] {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount))
  const sorted = [...wanted].sort((a, b) => a - b)
  const result: (number | null)[] = []
  for (const [index, n] of sorted.entries()) {
    const previous = sorted[index - 1]
    if (previous !== undefined && n - previous > 1) result.push(n - previous === 2 ? n - 1 : null)
    result.push(n)
  }
  return result
}

export function Pagination({ page, pageCount, hrefForPage }: PaginationProps) {
  const { list } = useMessages()
  if (pageCount <= 1) return null
  return (
    <nav className={styles.pagination} aria-label={list.pagination}>
      <ul className={styles.list}>
        <li className={styles.step}>
          {page > 1 && (
            <PrefetchLink to={hrefForPage(page - 1)} className={styles.link} rel="prev">
              <span aria-hidden="true">← </span>
              {list.previousPage}
            </PrefetchLink>
          )}
        </li>
        {visiblePages(page, pageCount).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              <PrefetchLink
                to={hrefForPage(n)}
                className={styles.link}
                aria-label={list.pageLink(n)}
                aria-current={n === page ? 'page' : undefined}
              >
                {n}
              </PrefetchLink>
            </li>
          ),
        )}
        <li className={styles.step}>
          {page < pageCount && (
            <PrefetchLink to={hrefForPage(page + 1)} className={styles.link} rel="next">
              {list.nextPage}
              <span aria-hidden="true"> →</span>
            </PrefetchLink>
          )}
        </li>
      </ul>
    </nav>
  )
}
