/**
 * The QA panel (development build only): put the mocked API into any scenario, add per-endpoint
 * rules, reset the data, freeze the clock, and copy what a bug report needs.
 */
import { useEffect, useId, useRef, useState, useSyncExternalStore, type SubmitEvent } from 'react'
import { readSavedLocale, saveLocale } from '../../src/lib/i18n/locale.ts'
import { isTyping } from '../../src/lib/is-typing.ts'
import { SCENARIO_NAMES, SCENARIOS, type ScenarioName } from '../scenarios/catalogue.ts'
import { formatRule, parseRules, type EndpointRule } from '../scenarios/settings.ts'
import { readSessionSettings, writeSessionSettings, type SessionSettings } from '../scenarios/session.ts'
import { recentApiCalls, subscribeToApiCalls } from './api-log.ts'
import { collectDebugInfo } from './debug-info.ts'
import styles from './qa-panel.module.css'

export const QA_TEXT = {
  toggle: 'QA',
  toggleLabel: (active: string) => `Outils QA, scénario : ${active}`,
  title: 'Outils QA (développement)',
  close: 'Fermer',
  serverMode: (mode: string) =>
    `API simulée par ${mode === 'service-worker' ? 'le service worker' : 'le serveur de développement'}.`,
  scenarios: 'Scénarios',
  scenariosHint: 'Aucun coché : l’API normale. Plusieurs peuvent se combiner.',
  latency: 'Latence du scénario « slow » (ms)',
  rules: 'Règles par point d’accès',
  rulesHint: 'Exemple : POST /articles/*/comments, 503, 3000 ms. « * » remplace un segment du chemin.',
  noRules: 'Aucune règle.',
  removeRule: (rule: string) => `Retirer la règle ${rule}`,
  method: 'Méthode',
  path: 'Chemin',
  outcome: 'Réponse',
  outcomeHint: 'Un code HTTP, network, timeout, malformed, ou - (délai seul)',
  ruleLatency: 'Délai (ms)',
  addRule: 'Ajouter la règle',
  invalidRule: 'Règle invalide : vérifiez le chemin (commence par /) et la réponse.',
  clock: 'Figer l’horloge',
  clockAt: 'Date et heure figées',
  apply: 'Appliquer et recharger',
  reset: 'Réinitialiser les données de démonstration',
  expireEdits: 'Faire expirer les délais de modification',
  editsExpired: 'Les délais de modification des commentaires publiés sont écoulés.',
  locale: 'Langue de l’interface (rechargement)',
  locales: { 'fr-CA': 'Français (Canada)', 'en-CA': 'English (Canada)' },
  debug: 'Copier les infos de débogage',
  debugCopied: 'Infos de débogage copiées.',
  debugManual: 'Copie impossible ici : sélectionnez le texte ci-dessous.',
  lastCalls: (count: number) =>
    `${count} appel${count > 1 ? 's' : ''} à l’API enregistré${count > 1 ? 's' : ''}`,
}

interface QaPanelProps {
  serverMode: string
  /** How settings take effect: a reload (replaced in tests). */
  reload?: () => void
}

export function QaPanel({ serverMode, reload = () => window.location.reload() }: QaPanelProps) {
  const [isOpen, setIsOpen] = useState(false)
  const [isTucked, setIsTucked] = useState(false)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  const active = readSessionSettings().scenarios.join(', ') || 'default'

  // Below the reading column's margins it would cover text: it steps aside while the reader scrolls down
  // or types in a field (a comment box can sit right under it on a phone).
  useEffect(() => {
    let lastY = window.scrollY
    let isScrollingDown = false
    const update = () => setIsTucked(isTyping() || isScrollingDown)
    const onScroll = () => {
      const y = window.scrollY
      if (Math.abs(y - lastY) > 4) {
        isScrollingDown = y > lastY && y > 80
        update()
      }
      lastY = y
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    document.addEventListener('focusin', update)
    document.addEventListener('focusout', update)
    return () => {
      window.removeEventListener('scroll', onScroll)
      document.removeEventListener('focusin', update)
      document.removeEventListener('focusout', update)
    }
  }, [])

  const close = () => {
    setIsOpen(false)
    toggleRef.current?.focus()
  }

  return (
    <div className={styles.root}>
      <button
        ref={toggleRef}
        type="button"
        className={styles.toggle}
        data-tucked={isTucked && !isOpen ? 'true' : undefined}
        aria-expanded={isOpen}
        aria-controls={panelId}
        aria-label={QA_TEXT.toggleLabel(active)}
        onClick={() => setIsOpen((open) => !open)}
      >
        {QA_TEXT.toggle}
        {active !== 'default' && <span className={styles.dot} aria-hidden="true" />}
      </button>
      {isOpen && <Panel id={panelId} serverMode={serverMode} reload={reload} onClose={close} />}
    </div>
  )
}

function Panel({
  id,
  serverMode,
  reload,
  onClose,
}: {
  id: string
  serverMode: string
  reload: () => void
  onClose: () => void
}) {
  const titleId = useId()
  const [settings, setSettings] = useState<SessionSettings>(readSessionSettings)
  const [copyStatus, setCopyStatus] = useState<string | null>(null)
  const [manualCopy, setManualCopy] = useState<string | null>(null)
  const calls = useSyncExternalStore(subscribeToApiCalls, recentApiCalls)
  const panelRef = useRef<HTMLElement>(null)

  useEffect(() => {
    panelRef.current?.focus()
  }, [])

  const toggleScenario = (name: ScenarioName, checked: boolean) =>
    setSettings((current) => ({
      ...current,
      scenarios: checked
        ? [...current.scenarios, name]
        : current.scenarios.filter((scenario) => scenario !== name),
    }))

  const apply = () => {
    writeSessionSettings(settings)
    reload()
  }

  const reset = async () => {
    await fetch('/__mock/reset', { method: 'POST' })
    sessionStorage.removeItem('chronique:mock-db')
    reload()
  }

  const expireEdits = async () => {
    await fetch('/__mock/expire-edits', { method: 'POST' })
    setCopyStatus(QA_TEXT.editsExpired)
  }

  const copyDebugInfo = async () => {
    const text = JSON.stringify(collectDebugInfo(serverMode), null, 2)
    try {
      await navigator.clipboard.writeText(text)
      setManualCopy(null)
      setCopyStatus(QA_TEXT.debugCopied)
    } catch {
      setManualCopy(text)
      setCopyStatus(QA_TEXT.debugManual)
    }
  }

  return (
    <section
      ref={panelRef}
      id={id}
      className={styles.panel}
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose()
      }}
    >
      <div className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          {QA_TEXT.title}
        </h2>
        <button type="button" className={styles.secondary} onClick={onClose}>
          {QA_TEXT.close}
        </button>
      </div>
      <p className={styles.note}>{QA_TEXT.serverMode(serverMode)}</p>

      <fieldset className={styles.group}>
        <legend>{QA_TEXT.scenarios}</legend>
        <p className={styles.note}>{QA_TEXT.scenariosHint}</p>
        {SCENARIO_NAMES.filter((name) => name !== 'default').map((name) => (
          <ScenarioCheckbox
            key={name}
            name={name}
            checked={settings.scenarios.includes(name)}
            onChange={(checked) => toggleScenario(name, checked)}
          />
        ))}
      </fieldset>

      <NumberField
        label={QA_TEXT.latency}
        value={settings.latencyMs}
        onChange={(latencyMs) => setSettings((current) => ({ ...current, latencyMs }))}
      />

      <RulesEditor
        rules={settings.rules}
        onChange={(rules) => setSettings((current) => ({ ...current, rules }))}
      />

      <ClockField
        clock={settings.clock}
        onChange={(clock) => setSettings((current) => ({ ...current, clock }))}
      />

      <p className={styles.actions}>
        <button type="button" className={styles.primary} onClick={apply}>
          {QA_TEXT.apply}
        </button>
        <button type="button" className={styles.secondary} onClick={() => void reset()}>
          {QA_TEXT.reset}
        </button>
        <button type="button" className={styles.secondary} onClick={() => void expireEdits()}>
          {QA_TEXT.expireEdits}
        </button>
      </p>

      <LocaleField reload={reload} />

      <p className={styles.actions}>
        <button type="button" className={styles.secondary} onClick={() => void copyDebugInfo()}>
          {QA_TEXT.debug}
        </button>
        <span className={styles.note}>{QA_TEXT.lastCalls(calls.length)}</span>
      </p>
      <p role="status" className={styles.status}>
        {copyStatus}
      </p>
      {manualCopy && (
        <textarea className={styles.manual} readOnly value={manualCopy} aria-label={QA_TEXT.debug} rows={8} />
      )}
    </section>
  )
}

function ScenarioCheckbox({
  name,
  checked,
  onChange,
}: {
  name: ScenarioName
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
        {SCENARIOS.find((scenario) => scenario.name === name)?.description.replaceAll('`', '')}
      </p>
    </div>
  )
}

function NumberField({
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

function RulesEditor({
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

/** The app's own language switch, from the panel: the choice is saved, then the page reloads. */
function LocaleField({ reload }: { reload: () => void }) {
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

function ClockField({ clock, onChange }: { clock: string | null; onChange: (clock: string | null) => void }) {
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

function formText(data: FormData, name: string): string {
  const value = data.get(name)
  return typeof value === 'string' ? value : ''
}

function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}
