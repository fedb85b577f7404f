import { useSearchParams } from 'react-router'
import { useMessages } from '@/lib/i18n/use-messages'
import { inPlaceUpdateState } from '@/lib/routing/navigation-state'
import { writeCommentSort } from '@/lib/routing/paths'
import type { CommentSort } from '../api/comments-api'
import styles from './sort-control.module.css'

interface SortControlProps {
  sort: CommentSort
}

/**
 * "Plus anciens" / "Plus récents" / "Les plus appréciés", kept in the URL (`?tri=recents`,
 * `?tri=apprecies`).
 */
export function SortControl({ sort }: SortControlProps) {
  const { comments: words } = useMessages()
  const [, setSearchParams] = useSearchParams()
  const choose = (next: CommentSort) => {
    if (next === sort) return
    setSearchParams((params) => writeCommentSort(params, next), {
      replace: true,
      state: inPlaceUpdateState,
      preventScrollReset: true,
    })
  }
  return (
    <div className={styles.sort} role="group" aria-label={words.sortLabel}>
      {(
        [
          ['oldest', words.sortOldest],
          ['newest', words.sortNewest],
          ['popular', words.sortPopular],
        ] as const
      ).map(([value, label]) => (
        <button
          key={value}
          type="button"
          className={styles.sortButton}
          aria-pressed={sort === value}
          onClick={() => choose(value)}
        >
          {label}
        </button>
      ))}
    </div>
  )
}
