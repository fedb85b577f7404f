/** The QA panel once open: every setting, applied together with a reload, and the QA tools' actions. */
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react'
import { readSessionSettings, writeSessionSettings, type SessionSettings } from '../scenarios/session.ts'
import { TAB_STORAGE_KEY } from '../store/tab-persistence.ts'
import { recentApiCalls, subscribeToApiCalls } from './api-log.ts'
import { collectDebugInfo } from './debug-info.ts'
import { HeldComments } from './held-comments.tsx'
import styles from './qa-panel.module.css'
import { QA_TEXT } from './qa-text.ts'
import { RulesEditor } from './rules-editor.tsx'
import { ScenarioList } from './scenario-list.tsx'
import { ClockField, LocaleField, NumberField } from './setting-fields.tsx'

export function QaDialog({
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

  const apply = () => {
    writeSessionSettings(settings)
    reload()
  }

  const reset = async () => {
    await fetch('/__mock/reset', { method: 'POST' })
    sessionStorage.removeItem(TAB_STORAGE_KEY)
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

      <ScenarioList
        active={settings.scenarios}
        onChange={(scenarios) => setSettings((current) => ({ ...current, scenarios }))}
      />

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

      <HeldComments onDecided={setCopyStatus} />

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
