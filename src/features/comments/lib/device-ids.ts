/**
 * A set of comment ids kept on this device (localStorage, never throwing), for what the reader did
 * that the API does not say back in its lists: which comments they liked, reported or wrote. The
 * newest `max` are kept, so a reader of many threads never fills the quota.
 */
import { localStore } from '@/lib/browser/local-store'

export interface DeviceIds {
  has: (id: string) => boolean
  set: (id: string, isIn: boolean) => void
  /** Changes whenever the set does (for useSyncExternalStore). */
  version: () => string
  /** Called on a change here, or in another tab of the same browser. */
  subscribe: (listener: () => void) => () => void
}

const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string')

export function createDeviceIds(storageKey: string, max = 1000): DeviceIds {
  const listeners = new Set<() => void>()
  // Parsed once per change: every comment of a long thread asks at each render.
  let lastRaw: string | null | undefined
  let lastIds = new Set<string>()
  // Where storage is refused (a private mode, a full quota), the set lasts as long as the page.
  let inMemory: string | null = null
  const onStorage = (event: StorageEvent) => {
    if (event.key !== storageKey) return
    for (const listener of listeners) listener()
  }
  const version = () => inMemory ?? localStore.get(storageKey) ?? ''
  const read = () => {
    const raw = version()
    if (raw !== lastRaw) {
      lastRaw = raw
      lastIds = new Set(
        inMemory === null ? (localStore.getJson(storageKey, isIdList) ?? []) : (JSON.parse(raw) as string[]),
      )
    }
    return lastIds
  }
  return {
    has: (id) => read().has(id),
    set(id, isIn) {
      const ids = read()
      if (ids.has(id) === isIn) return
      const next = [...ids].filter((known) => known !== id)
      if (isIn) next.push(id)
      const written = JSON.stringify(next.slice(-max))
      localStore.set(storageKey, written)
      inMemory = localStore.get(storageKey) === written ? null : written
      for (const listener of listeners) listener()
    },
    version,
    subscribe(listener) {
      // One 'storage' listener per set, not one per comment of a long thread.
      if (listeners.size === 0) window.addEventListener('storage', onStorage)
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) window.removeEventListener('storage', onStorage)
      }
    },
  }
}

/** Comments this device liked: the lists give counts, not who liked. */
export const likedComments = createDeviceIds('chronique:liked-comments')
/** Comments this device reported: reporting again would change nothing. */
export const reportedComments = createDeviceIds('chronique:reported-comments')
/**
 * Comments written on this device, kept after own-comments.ts forgets their secret (15 minutes on):
 * nobody likes or reports their own comment.
 */
export const authoredComments = createDeviceIds('chronique:authored-comments')
