/** The scenarios to combine, each with what the reader should then see. */
import { useId } from 'react'
import { SCENARIOS, type ScenarioName } from '../scenarios/catalogue.ts'
import styles from './qa-panel.module.css'
import { QA_TEXT } from './qa-text.ts'

export function ScenarioList({
  active,
  onChange,
}: {
  active: string[]
  onChange: (scenarios: string[]) => void
}) {
  return (
    <fieldset className={styles.group}>
      <legend>{QA_TEXT.scenarios}</legend>
      <p className={styles.note}>{QA_TEXT.scenariosHint}</p>
      {SCENARIOS.filter(({ name }) => name !== 'default').map(({ name, description }) => (
        <ScenarioCheckbox
          key={name}
          name={name}
          description={description}
          checked={active.includes(name)}
          onChange={(checked) =>
            onChange(checked ? [...active, name] : active.filter((scenario) => scenario !== name))
          }
        />
      ))}
    </fieldset>
  )
}

function ScenarioCheckbox({
  name,
  description,
  checked,
  onChange,
}: {
  name: ScenarioName
  description: string
  checked: boolean
  onChange: (checked: boolean) => void
}) {
  const id = useId()
  return (
    <div className={styles.checkbox}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={`${id}-hint`}
      />
      <label htmlFor={id}>
        <code>{name}</code>
      </label>
      <p id={`${id}-hint`} className={styles.hint}>
        {description.replaceAll('`', '')}
      </p>
    </div>
  )
}
