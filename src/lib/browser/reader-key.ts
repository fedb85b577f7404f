/**
 * The reader key (contract v1.2): a random UUID this browser makes once and keeps, sent as the
 * `Reader-Key` header so that a rating (and, later, a like or a report) counts once per device. It
 * identifies no person: nothing about the reader goes into it, and it is never shown.
 */
import { localStore } from './local-store'
import { randomUuid } from './uuid'

const STORAGE_KEY = 'chronique:reader-key'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

// Where storage is refused (a private mode, a full quota), the key lasts as long as the page.
let keptInMemory: string | null = null

/** This browser's reader key, made on first use. Never throws. */
export function readerKey(): string {
  const stored = localStore.get(STORAGE_KEY)
  if (stored !== null && UUID.test(stored)) return stored
  keptInMemory ??= randomUuid()
  localStore.set(STORAGE_KEY, keptInMemory)
  return keptInMemory
}

/** The header to send with a request that must count once per device. */
export function readerKeyHeader(): { 'Reader-Key': string } {
  return { 'Reader-Key': readerKey() }
}
