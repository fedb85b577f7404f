import { useEffect, useState } from 'react'
import { now as clockNow } from '../browser/clock'

const MINUTE = 60_000

/** The current time, refreshed every `intervalMs` (a minute suits "il y a 3 minutes"). */
export function useNow(intervalMs = MINUTE, enabled = true): number {
  const [now, setNow] = useState(clockNow)
  useEffect(() => {
    if (!enabled) return
    const timer = setInterval(() => setNow(clockNow()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs, enabled])
  return now
}
