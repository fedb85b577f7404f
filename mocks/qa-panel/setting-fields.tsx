/** The panel's single settings: the `slow` latency, the frozen clock, and the app's language. */
import { useId } from 'react'
import { readSavedLocale, saveLocale } from '../../src/lib/i18n/locale.ts'
import styles from './qa-panel.module.css'
import { QA_TEXT } from './qa-text.ts'

export function NumberField({
  label,
  value,
  onChange,
}: {
  label: string
  value: number | null
  onChange: (value: number | null) => void
}) {
  const id = useId()
  return (
    <p className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        step={100}
        inputMode="numeric"
        value={value ?? ''}
        onChange={(event) =>
          onChange(event.target.value === '' ? null : Math.max(0, Number(event.target.value)))
        }
      />
    </p>
  )
}

/** The app's own language switch, from the panel: the choice is saved, then the page reloads. */
export function LocaleField({ reload }: { reload: () => void }) {
  const id = useId()
  return (
    <p className={styles.field}>
      <label htmlFor={id}>{QA_TEXT.locale}</label>
      <select
        id={id}
        defaultValue={readSavedLocale()}
        onChange={(event) => {
          saveLocale(event.target.value === 'en-CA' ? 'en-CA' : 'fr-CA')
          reload()
        }}
      >
        {Object.entries(QA_TEXT.locales).map(([locale, name]) => (
          <option key={locale} value={locale}>
            {name}
          </option>
        ))}
      </select>
    </p>
  )
}

export function ClockField({
  clock,
  onChange,
}: {
  clock: string | null
  onChange: (clock: string | null) => void
}) {
  const checkboxId = useId()
  const inputId = useId()
  // datetime-local speaks local time without a zone; the cookie keeps an ISO date.
  const localValue = clock ? toLocalInput(new Date(clock)) : ''
  return (
    <fieldset className={styles.group}>
      <legend>{QA_TEXT.clock}</legend>
      <div className={styles.checkbox}>
        <input
          id={checkboxId}
          type="checkbox"
          checked={clock !== null}
          onChange={(event) => onChange(event.target.checked ? new Date().toISOString() : null)}
        />
        <label htmlFor={checkboxId}>{QA_TEXT.clock}</label>
      </div>
      {clock !== null && (
        <p className={styles.field}>
          <label htmlFor={inputId}>{QA_TEXT.clockAt}</label>
          <input
            id={inputId}
            type="datetime-local"
            value={localValue}
            onChange={(event) => {
              const time = new Date(event.target.value)
              if (!Number.isNaN(time.getTime())) onChange(time.toISOString())
            }}
          />
        </p>
      )}
    </fieldset>
  )
}

function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}
