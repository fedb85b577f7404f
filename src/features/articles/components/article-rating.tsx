import { useId, useRef, useState, type SubmitEvent } from 'react'
import { BusyButton } from '@/components/busy-button'
import { describeError } from '@/lib/i18n/describe-error'
import { useMessages } from '@/lib/i18n/use-messages'
import { readVote, useRateArticle } from '../api/rate-article'
import { StarIcon } from './star-icon'
import styles from './article-rating.module.css'

const VALUES = [1, 2, 3, 4, 5] as const

/**
 * "Qu’avez-vous pensé de cet article ?": 1 to 5 stars as a labelled radio group (arrow keys move,
 * a button sends). The vote is remembered on the device ("Votre note : 4 sur 5") and can be changed:
 * the reader key makes the server replace this device's earlier vote. A failure keeps the choice.
 */
export function ArticleRating({ slug }: { slug: string }) {
  const messages = useMessages()
  const words = messages.rating
  const legendId = useId()
  const [vote, setVote] = useState(() => readVote(slug))
  const [isChanging, setIsChanging] = useState(false)
  const [justVoted, setJustVoted] = useState<number | null>(null)
  const [choice, setChoice] = useState<number | null>(null)
  const [missingChoice, setMissingChoice] = useState(false)
  const { mutate, isPending, error, reset } = useRateArticle(slug)
  // Focus goes back to "Modifier ma note" as it replaces the form (vote sent, or change cancelled).
  const shouldFocusChange = useRef(false)
  const focusChangeButton = (button: HTMLButtonElement | null) => {
    if (!button || !shouldFocusChange.current) return
    shouldFocusChange.current = false
    button.focus()
  }

  if (vote !== null && !isChanging) {
    return (
      <div className={styles.yours}>
        <div role="status" className={styles.yoursText}>
          {justVoted !== null && <p className={styles.thanks}>{words.thanks(justVoted)}</p>}
          <p className={styles.yourVote}>
            <span>{words.yours(vote)}</span>
            <span className={styles.yourStars} aria-hidden="true">
              {VALUES.map((value) => (
                <StarIcon key={value} isFilled={value <= vote} />
              ))}
            </span>
          </p>
        </div>
        <button
          ref={focusChangeButton}
          type="button"
          className="button button-secondary"
          onClick={() => {
            reset()
            setChoice(vote)
            setMissingChoice(false)
            setJustVoted(null)
            setIsChanging(true)
          }}
        >
          {words.change}
        </button>
      </div>
    )
  }

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (isPending) return
    if (choice === null) {
      setMissingChoice(true)
      return
    }
    mutate(choice, {
      onSuccess: () => {
        setVote(choice)
        setJustVoted(choice)
        setIsChanging(false)
        shouldFocusChange.current = true
      },
    })
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
                // The reader asked to change their vote: their focus belongs on it.
                autoFocus={isChanging && value === vote}
              />
              <StarIcon className={styles.starIcon} />
              <span className="visually-hidden">{words.stars(value)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className={styles.actions}>
        <BusyButton type="submit" className="button button-secondary" isBusy={isPending}>
          {isPending ? messages.app.loading : words.submit}
        </BusyButton>
        {isChanging && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              setIsChanging(false)
              shouldFocusChange.current = true
            }}
          >
            {words.cancelChange}
          </button>
        )}
      </div>
      {error && (
        <p className={styles.error} role="alert">
          {words.failed} {describeError(error, messages)}
        </p>
      )}
    </form>
  )
}
