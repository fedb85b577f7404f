/**
 * One IntersectionObserver for the whole thread, reporting groups of elements (the top-level comments
 * of a page, or the placeholder standing for them) as near the viewport or not. A group is near while
 * any of its elements is within `rootMargin` of the viewport.
 */
export interface NearViewportWatcher {
  /**
   * Calls `onChange` once all elements have been seen, then each time the group's nearness changes,
   * with the latest observation of one of them. Returns what stops watching.
   */
  watch(
    elements: readonly Element[],
    onChange: (isNear: boolean, entry: IntersectionObserverEntry) => void,
  ): () => void
}

interface Group {
  unseen: Set<Element>
  near: Set<Element>
  isNear: boolean | null
  latest: IntersectionObserverEntry | null
  onChange: (isNear: boolean, entry: IntersectionObserverEntry) => void
}

/** Null where IntersectionObserver is missing: then nothing is ever windowed out. */
export function createNearViewportWatcher(rootMargin: string): NearViewportWatcher | null {
  if (typeof IntersectionObserver === 'undefined') return null
  const groups = new Map<Element, Group>()
  let observer: IntersectionObserver | null = null

  const report = (entries: IntersectionObserverEntry[]) => {
    const touched = new Set<Group>()
    for (const entry of entries) {
      const group = groups.get(entry.target)
      if (!group) continue
      group.unseen.delete(entry.target)
      group.latest = entry
      if (entry.isIntersecting) group.near.add(entry.target)
      else group.near.delete(entry.target)
      touched.add(group)
    }
    for (const group of touched) {
      if (group.unseen.size > 0 || !group.latest) continue
      const isNear = group.near.size > 0
      if (isNear === group.isNear) continue
      group.isNear = isNear
      group.onChange(isNear, group.latest)
    }
  }

  return {
    watch(elements, onChange) {
      observer ??= new IntersectionObserver(report, { rootMargin })
      const current = observer
      const group: Group = {
        unseen: new Set(elements),
        near: new Set(),
        isNear: null,
        latest: null,
        onChange,
      }
      for (const element of elements) {
        groups.set(element, group)
        current.observe(element)
      }
      return () => {
        for (const element of elements) {
          if (groups.get(element) !== group) continue
          groups.delete(element)
          current.unobserve(element)
        }
        // The last group gone (the thread unmounted): nothing is left observed.
        if (groups.size === 0 && observer === current) {
          current.disconnect()
          observer = null
        }
      }
    },
  }
}
