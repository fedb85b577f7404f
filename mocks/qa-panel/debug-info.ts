import { recentApiCalls } from './api-log.ts'
import { readSessionSettings } from '../scenarios/session.ts'

/** What a bug report needs, as one JSON document. */
export function collectDebugInfo(serverMode: string) {
  const drafts: Record<string, unknown> = {}
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('chronique:draft:'))
      drafts[key.slice('chronique:draft:'.length)] = parse(localStorage.getItem(key))
  }
  const saved = parse(localStorage.getItem('chronique:pending-posts')) as {
    mutations?: { state?: { variables?: unknown; status?: string } }[]
  } | null
  const pendingPosts = (saved?.mutations ?? []).map((mutation) => mutation.state?.variables)
  return {
    app: 'Chronique',
    version: import.meta.env.VITE_APP_VERSION ?? 'inconnue',
    route: `${window.location.pathname}${window.location.search}${window.location.hash}`,
    mock: { ...readSessionSettings(), serverMode },
    apiCalls: recentApiCalls(),
    drafts,
    pendingPosts,
    locale: document.documentElement.lang,
    viewport: `${window.innerWidth}×${window.innerHeight}`,
    userAgent: navigator.userAgent,
    generatedAt: new Date().toISOString(),
  }
}

function parse(value: string | null): unknown {
  if (value === null) return null
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}
