import { useId, useState, type SubmitEvent } from 'react'
import { BusyButton } from '@/components/busy-button'
import { describeError } from '@/lib/i18n/describe-error'
import { useMessages } from '@/lib/i18n/use-messages'
import { readVote, useRateArticle } from '../api/rate-article'
import styles from './article-rating.module.css'

const VALUES = [1, 2, 3, 4, 5] as const

/**
 * "Qu’avez-vous pensé de cet article ?": 1 to 5 stars as a labelled radio group (arrow keys move,
 * a button sends), one vote per article remembered on the device. A failure keeps the choice.
 */
export function ArticleRating({ slug }: { slug: string }) {
  const messages = useMessages()
  const words = messages.rating
  const legendId = useId()
  const [vote, setVote] = useState(() => readVote(slug))
  const [choice, setChoice] = useState<number | null>(null)
  const [missingChoice, setMissingChoice] = useState(false)
  const { mutate, isPending, error } = useRateArticle(slug)

  if (vote !== null) {
    return (
      <p className={styles.thanks} role="status">
        {words.thanks(vote)}
      </p>
    )
  }

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (isPending) return
    if (choice === null) {
      setMissingChoice(true)
      return
    }
    mutate(choice, { onSuccess: () => setVote(choice) })
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby={legendId}>
      <fieldset className={styles.fieldset}>
        <legend id={legendId} className={styles.legend}>
          {words.question}
        </legend>
        {missingChoice && choice === null && <p className={styles.error}>{words.chooseFirst}</p>}
        <div className={styles.stars}>
          {VALUES.map((value) => (
            <label
              key={value}
              className={styles.star}
              data-filled={choice !== null && value <= choice ? 'true' : undefined}
            >
              <input
                type="radio"
                name={`note-${slug}`}
                value={value}
                checked={choice === value}
                onChange={() => setChoice(value)}
                className={styles.radio}
              />
              <span aria-hidden="true">★</span>
              <span className="visually-hidden">{words.stars(value)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <BusyButton type="submit" className="button button-secondary" isBusy={isPending}>
        {isPending ? messages.app.loading : words.submit}
      </BusyButton>
      {error && (
        <p className={styles.error} role="alert">
          {words.failed} {describeError(error, messages)}
        </p>
      )}
    </form>
  )
}
