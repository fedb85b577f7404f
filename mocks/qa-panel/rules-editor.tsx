/** The per-endpoint rules: the list, and a form to add one (read with the same parser as the URL's). */
import { useId, useState, type SubmitEvent } from 'react'
import { formatRule, parseRules, type EndpointRule } from '../scenarios/settings.ts'
import styles from './qa-panel.module.css'
import { QA_TEXT } from './qa-text.ts'

export function RulesEditor({
  rules,
  onChange,
}: {
  rules: EndpointRule[]
  onChange: (rules: EndpointRule[]) => void
}) {
  const ids = { method: useId(), path: useId(), outcome: useId(), latency: useId(), hint: useId() }
  const [error, setError] = useState<string | null>(null)
  const add = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const text = ['method', 'path', 'outcome', 'latency']
      .map((name) => formText(data, name).trim() || '-')
      .join(' ')
    const [rule] = parseRules(text.replace(/ -$/, ' 0'))
    if (!rule) {
      setError(QA_TEXT.invalidRule)
      return
    }
    setError(null)
    onChange([...rules, rule])
    event.currentTarget.reset()
  }
  return (
    <fieldset className={styles.group}>
      <legend>{QA_TEXT.rules}</legend>
      <p id={ids.hint} className={styles.note}>
        {QA_TEXT.rulesHint}
      </p>
      {rules.length === 0 ? (
        <p className={styles.note}>{QA_TEXT.noRules}</p>
      ) : (
        <ul className={styles.rules}>
          {rules.map((rule, index) => (
            <li key={`${formatRule(rule)}-${index}`}>
              <code>{formatRule(rule)}</code>
              <button
                type="button"
                className={styles.secondary}
                aria-label={QA_TEXT.removeRule(formatRule(rule))}
                onClick={() => onChange(rules.filter((_, position) => position !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className={styles.ruleForm} onSubmit={add} aria-describedby={ids.hint}>
        <label htmlFor={ids.method}>{QA_TEXT.method}</label>
        <select id={ids.method} name="method" defaultValue="GET">
          {['GET', 'POST', 'PATCH', 'DELETE', '*'].map((method) => (
            <option key={method}>{method}</option>
          ))}
        </select>
        <label htmlFor={ids.path}>{QA_TEXT.path}</label>
        <input id={ids.path} name="path" placeholder="/articles/*/comments" required />
        <label htmlFor={ids.outcome}>{QA_TEXT.outcome}</label>
        <input id={ids.outcome} name="outcome" placeholder="503" aria-describedby={`${ids.outcome}-hint`} />
        <span id={`${ids.outcome}-hint`} className={styles.hint}>
          {QA_TEXT.outcomeHint}
        </span>
        <label htmlFor={ids.latency}>{QA_TEXT.ruleLatency}</label>
        <input id={ids.latency} name="latency" type="number" min={0} step={100} placeholder="0" />
        <button type="submit" className={styles.secondary}>
          {QA_TEXT.addRule}
        </button>
        {error && (
          <p className={styles.error} role="alert">
            {error}
          </p>
        )}
      </form>
    </fieldset>
  )
}

function formText(data: FormData, name: string): string {
  const value = data.get(name)
  return typeof value === 'string' ? value : ''
}
