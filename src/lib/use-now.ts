import { useEffect, useState } from 'react'

const MINUTE = 60_000

/** The current time, refreshed every `intervalMs` (a minute suits "il y a 3 minutes"). */
export function useNow(intervalMs = MINUTE, enabled = true): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!enabled) return
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs, enabled])
  return now
}
