import { useId, type RefObject } from 'react'
import { useMessages } from '@/lib/i18n/use-messages'
import styles from './comment-form.module.css'

interface CommentNameFieldProps {
  value: string
  /** What is wrong with the name, shown above the box and read with it. */
  error: string | undefined
  onChange: (value: string) => void
  inputRef: RefObject<HTMLInputElement | null>
}

/** The name shown with a comment or a reply: label, hint, error and the box. */
export function CommentNameField({ value, error, onChange, inputRef }: CommentNameFieldProps) {
  const { form } = useMessages().comments
  const fieldId = useId()
  const hintId = useId()
  const errorId = useId()
  return (
    <div className={styles.field}>
      <label htmlFor={fieldId} className={styles.label}>
        {form.name}
      </label>
      <p id={hintId} className={styles.hint}>
        {form.nameHint}
      </p>
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
      <input
        ref={inputRef}
        id={fieldId}
        className={styles.input}
        name="authorName"
        autoComplete="name"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
      />
    </div>
  )
}
