/** Every journey, in the order they run in each engine and size. */
import type { Journey } from '../journey.ts'
import { commentJourneys } from './comments.ts'
import { readingJourneys } from './reading.ts'
import { serviceWorkerJourneys } from './service-worker.ts'

export const journeys: Journey[] = [...readingJourneys, ...commentJourneys, ...serviceWorkerJourneys]
