/** A journey: what a reader does and sees, written once, run in every engine at every size. */
import type { EngineName, Size } from './config.ts'
import type { Site } from './site.ts'
import type { Tab } from './tab.ts'

export interface JourneyContext {
  tab: Tab
  site: Site
  engine: EngineName
  size: Size
  /** A name no other run, engine or size uses (they all post to the same mock server). */
  unique: (label: string) => string
}

export interface Journey {
  name: string
  run(context: JourneyContext): Promise<void>
}

/** An immediate check, for what a journey has already waited for. */
export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message)
}
