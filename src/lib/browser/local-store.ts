/**
 * localStorage that never throws: private modes, full quotas and disabled storage only mean the
 * value is not kept, never that the page breaks.
 */
export const localStore = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key)
    } catch {
      return null
    }
  },
  set(key: string, value: string) {
    try {
      localStorage.setItem(key, value)
    } catch {
      // Not kept: the reader's text is still on screen.
    }
  },
  remove(key: string) {
    try {
      localStorage.removeItem(key)
    } catch {
      // Nothing to do.
    }
  },
  keys(): string[] {
    try {
      return Object.keys(localStorage)
    } catch {
      return []
    }
  },
  getJson<T>(key: string, isValid: (value: unknown) => value is T): T | null {
    const raw = localStore.get(key)
    if (raw === null) return null
    try {
      const value: unknown = JSON.parse(raw)
      return isValid(value) ? value : null
    } catch {
      return null
    }
  },
}
