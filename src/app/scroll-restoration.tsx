import { useEffect, useLayoutEffect, useRef } from 'react'
import { NavigationType, useLocation, useNavigationType } from 'react-router'
import { shouldKeepScroll } from '@/lib/routing/navigation-state'

const STORAGE_KEY = 'chronique:scroll-positions'
const MAX_SAVED = 50
const MAX_RESTORE_FRAMES = 90

function readSavedPositions(): Map<string, number> {
  try {
    return new Map(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]') as [string, number][])
  } catch {
    return new Map()
  }
}

/**
 * The router gives the page the browser loaded the key 'default', whatever its URL: add the URL so
 * a later visit to another page in this tab does not inherit its position.
 */
function entryKey({ key, pathname, search }: { key: string; pathname: string; search: string }): string {
  return key === 'default' ? `default:${pathname}${search}` : key
}

/**
 * The router's declarative mode has no scroll restoration, so: back and forward return to where the
 * reader was (waiting for the page to be tall enough), a new page starts at the top, and positions
 * survive a reload of the tab.
 */
export function ScrollRestoration() {
  const location = useLocation()
  const navigationType = useNavigationType()
  const positions = useRef<Map<string, number>>(null)
  positions.current ??= readSavedPositions()
  // Which history entry scroll events belong to. Updated during the commit of a navigation, before
  // the browser can fire the scroll event the new page causes, so that event never overwrites the
  // position of the page being left.
  const currentKey = useRef(entryKey(location))

  useEffect(() => {
    const saved = positions.current
    if (!saved) return
    window.history.scrollRestoration = 'manual'
    const save = () => saved.set(currentKey.current, window.scrollY)
    const persist = () => sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...saved].slice(-MAX_SAVED)))
    window.addEventListener('scroll', save, { passive: true })
    window.addEventListener('pagehide', persist)
    return () => {
      window.removeEventListener('scroll', save)
      window.removeEventListener('pagehide', persist)
    }
  }, [])

  useLayoutEffect(() => {
    currentKey.current = entryKey(location)
    if (navigationType !== NavigationType.Pop) {
      // 'instant': the page's smooth scrolling is for the reader's own jumps, not for page changes.
      if (!location.hash && !shouldKeepScroll(location.state))
        window.scrollTo({ top: 0, behavior: 'instant' })
      return
    }
    const target = positions.current?.get(currentKey.current)
    if (target === undefined) return
    let frames = 0
    let frame = 0
    const restore = () => {
      const reachable = document.documentElement.scrollHeight - window.innerHeight >= target
      if (reachable || frames++ >= MAX_RESTORE_FRAMES) window.scrollTo({ top: target, behavior: 'instant' })
      else frame = requestAnimationFrame(restore)
    }
    restore()
    return () => cancelAnimationFrame(frame)
  }, [location, navigationType])

  return null
}
