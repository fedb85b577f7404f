import { useId, useRef, useState, type SubmitEvent } from 'react'
import { useNavigate } from 'react-router'
import { useMessages } from '@/lib/i18n/use-messages'
import { keepFocusState } from '@/lib/routing/navigation-state'
import { paths } from '@/lib/routing/paths'
import styles from './search-form.module.css'

interface SearchFormProps {
  query: string | undefined
  category: string | undefined
}

const MAGNIFIER =
  'M10 3a7 7 0 0 1 5.6 11.2l4.6 4.6-1.4 1.4-4.6-4.6A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z'

/**
 * Search by title and excerpt; the query goes into the URL (`?q=`) so results can be shared and
 * restored. In the bar beside the sections: a field on a wide screen; on a phone, a button that opens
 * the field under the bar (open already when there is a search).
 */
export function SearchForm({ query, category }: SearchFormProps) {
  const { list } = useMessages()
  const navigate = useNavigate()
  const inputId = useId()
  const hintId = useId()
  const formId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [isOpen, setIsOpen] = useState(Boolean(query))
  const [value, setValue] = useState(query ?? '')
  // Back/forward changes the URL's query: show the search that matches the results on screen.
  const [shownQuery, setShownQuery] = useState(query)
  if (query !== shownQuery) {
    setShownQuery(query)
    setValue(query ?? '')
    if (query) setIsOpen(true)
  }

  const search = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const q = value.trim()
    // Results are announced by the list's status line; focus stays in the field to refine the search.
    void navigate(paths.home({ q, category }), { state: keepFocusState })
  }

  return (
    <div className={styles.search} data-open={isOpen}>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={isOpen}
        aria-controls={formId}
        onClick={() => {
          setIsOpen(!isOpen)
          // The field shows in this same update: focus goes into it once it is on screen.
          if (!isOpen) requestAnimationFrame(() => inputRef.current?.focus())
        }}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <path fill="currentColor" d={MAGNIFIER} />
        </svg>
        <span className="visually-hidden">{list.searchLabel}</span>
      </button>
      <form
        id={formId}
        role="search"
        aria-label={list.searchRegion}
        className={styles.form}
        onSubmit={search}
      >
        <label htmlFor={inputId} className="visually-hidden">
          {list.searchLabel}
        </label>
        <span id={hintId} className="visually-hidden">
          {list.searchHint}
        </span>
        <div className={styles.field}>
          <input
            ref={inputRef}
            id={inputId}
            className={styles.input}
            type="search"
            name="q"
            value={value}
            placeholder={list.searchLabel}
            onChange={(event) => setValue(event.target.value)}
            aria-describedby={hintId}
            autoComplete="off"
            enterKeyHint="search"
          />
          <button type="submit" className={styles.submit}>
            <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
              <path fill="currentColor" d={MAGNIFIER} />
            </svg>
            <span className="visually-hidden">{list.searchButton}</span>
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
    </div>
  )
}
