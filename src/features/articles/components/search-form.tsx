import { useId, type SubmitEvent } from 'react'
import { useNavigate } from 'react-router'
import { useMessages } from '@/lib/i18n/use-messages'
import { keepFocusState } from '@/lib/navigation-state'
import { paths } from '@/lib/paths'
import styles from './search-form.module.css'

interface SearchFormProps {
  query: string | undefined
  category: string | undefined
}

/** Search by title and excerpt; the query goes into the URL (`?q=`) so results can be shared and restored. */
export function SearchForm({ query, category }: SearchFormProps) {
  const { list } = useMessages()
  const navigate = useNavigate()
  const inputId = useId()
  const hintId = useId()

  const search = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const value = new FormData(event.currentTarget).get('q')
    const q = typeof value === 'string' ? value.trim() : ''
    // Results are announced by the list's status line; focus stays in the field to refine the search.
    void navigate(paths.home({ q, category }), { state: keepFocusState })
  }

  return (
    // Keyed by the URL's query so back/forward shows the search that matches the results.
    <form key={query ?? ''} role="search" aria-label={list.searchRegion} className={styles.form} onSubmit={search}>
      <label htmlFor={inputId} className={styles.label}>
        {list.searchLabel}
      </label>
      <p id={hintId} className={styles.hint}>
        {list.searchHint}
      </p>
      <div className={styles.row}>
        <input
          id={inputId}
          className={styles.input}
          type="search"
          name="q"
          defaultValue={query ?? ''}
          aria-describedby={hintId}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit" className="button">
          {list.searchButton}
        </button>
      </div>
      {query && (
        <p className={styles.clear}>
          <a
            href={paths.home({ category })}
            onClick={(event) => {
              event.preventDefault()
              void navigate(paths.home({ category }))
            }}
          >
            {list.clearSearch}
          </a>
        </p>
      )}
    </form>
  )
}
