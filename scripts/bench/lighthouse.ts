/**
 * Lighthouse 13 with its default settings: a mobile phone, simulated throttling (slow 4G, 4× CPU).
 * Each run gets a fresh Chromium (Debian's, never a downloaded one), so no cache carries over.
 */
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { writeFileSync } from 'node:fs'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../config/chromium.ts'
import { onCleanup } from './processes.ts'

// Lighthouse wants the new headless mode, named.
const LIGHTHOUSE_ARGS = CHROMIUM_ARGS.map((arg) => (arg === '--headless' ? '--headless=new' : arg))

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]

export interface LighthouseRun {
  scores: Record<Category, number>
  lcpMs: number
  fcpMs: number
  cls: number
  tbtMs: number
  speedIndexMs: number
  /** What the simulation thought of this machine: lower means slower or busier. */
  benchmarkIndex: number
  /** The LCP element as Lighthouse saw it, when it says. */
  lcpElement: string | null
  /** Audits that cost points (weighted, score below 1) and insights that flag something. */
  findings: { id: string; category: Category | 'insight'; score: number; display: string }[]
  runtimeError: string | null
}

interface AuditResult {
  id: string
  score: number | null
  scoreDisplayMode: string
  displayValue?: string
  numericValue?: number
  title: string
  details?: unknown
}

/** The node snippet of the LCP element, wherever Lighthouse 13 puts it. */
function findLcpElement(audits: Record<string, AuditResult>): string | null {
  const candidates = [audits['lcp-breakdown-insight'], audits['largest-contentful-paint-element']]
  for (const audit of candidates) {
    const found = JSON.stringify(audit?.details ?? null).match(/"snippet":"((?:[^"\\]|\\.)*)"/)
    if (found?.[1]) return (JSON.parse(`"${found[1]}"`) as string).slice(0, 160)
  }
  return null
}

/** Runs Lighthouse on `url`; its whole report goes to `reportPath` (JSON, opens in the Lighthouse viewer). */
export async function runLighthouse(url: string, reportPath: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: LIGHTHOUSE_ARGS,
    logLevel: 'silent',
  })
  const stop = onCleanup(() => chrome.kill())
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const { lhr } = result
    writeFileSync(reportPath, typeof result.report === 'string' ? result.report : JSON.stringify(lhr))
    const audits = lhr.audits as Record<string, AuditResult>
    const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN
    const scores = Object.fromEntries(
      CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
    ) as Record<Category, number>

    const findings: LighthouseRun['findings'] = []
    for (const category of CATEGORIES) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = audits[ref.id]
        if (!audit || audit.score === null || audit.score >= 1) continue
        const isInsight = ref.id.endsWith('-insight')
        if (ref.weight === 0 && !(isInsight && audit.scoreDisplayMode !== 'informative')) continue
        findings.push({
          id: ref.id,
          category: ref.weight === 0 ? 'insight' : category,
          score: audit.score,
          display: [audit.title, audit.displayValue].filter(Boolean).join(' — '),
        })
      }
    }

    return {
      scores,
      lcpMs: numeric('largest-contentful-paint'),
      fcpMs: numeric('first-contentful-paint'),
      cls: numeric('cumulative-layout-shift'),
      tbtMs: numeric('total-blocking-time'),
      speedIndexMs: numeric('speed-index'),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      lcpElement: findLcpElement(audits),
      findings,
      runtimeError: lhr.runtimeError?.message ?? null,
    }
  } finally {
    stop()
  }
}
