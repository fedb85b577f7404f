/**
 * The app's "now", for relative dates ("il y a 3 heures"). The development build's QA tools can fix it,
 * so every screenshot shows the same dates; otherwise it is the real clock.
 */
let fixedNow: number | null = null

export function now(): number {
  return fixedNow ?? Date.now()
}

export function fixClock(time: number | null) {
  fixedNow = time
}
