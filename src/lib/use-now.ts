import { useEffect, useState } from 'react'

const MINUTE = 60_000

/** The current time for relative dates ("il y a 3 minutes"), refreshed every minute. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), MINUTE)
    return () => clearInterval(timer)
  }, [])
  return now
}
