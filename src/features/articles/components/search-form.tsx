import { useId, useState, type SubmitEvent } from 'react'
import { useNavigate } from 'react-router'
import { useMessages } from '@/lib/i18n/use-messages'
import { keepFocusState } from '@/lib/routing/navigation-state'
import { paths } from '@/lib/routing/paths'
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
  const [value, setValue] = useState(query ?? '')
  // Back/forward changes the URL's query: show the search that matches the results on screen.
  const [shownQuery, setShownQuery] = useState(query)
  if (query !== shownQuery) {
    setShownQuery(query)
    setValue(query ?? '')
  }

  const search = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const q = value.trim()
    // Results are announced by the list's status line; focus stays in the field to refine the search.
    void navigate(paths.home({ q, category }), { state: keepFocusState })
  }

  return (
    <form role="search" aria-label={list.searchRegion} className={styles.form} onSubmit={search}>
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
          value={value}
          onChange={(event) => setValue(event.target.value)}
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
