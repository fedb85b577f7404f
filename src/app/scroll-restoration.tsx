import { useEffect, useLayoutEffect } from 'react'
import { NavigationType, useLocation, useNavigationType } from 'react-router'

const STORAGE_KEY = 'chronique:scroll-positions'
const MAX_RESTORE_FRAMES = 90

function readSavedPositions(): Map<string, number> {
  try {
    return new Map(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]') as [string, number][])
  } catch {
    return new Map()
  }
}

const positions = readSavedPositions()

/**
 * The router's declarative mode has no scroll restoration, so: back and forward return to where the
 * reader was (waiting for the page to be tall enough), a new page starts at the top, and positions
 * survive a reload of the tab.
 */
export function ScrollRestoration() {
  const location = useLocation()
  const navigationType = useNavigationType()

  useEffect(() => {
    window.history.scrollRestoration = 'manual'
    const persist = () => sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...positions].slice(-50)))
    window.addEventListener('pagehide', persist)
    return () => window.removeEventListener('pagehide', persist)
  }, [])

  useEffect(() => {
    let frame = 0
    const save = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0
        positions.set(location.key, window.scrollY)
      })
    }
    window.addEventListener('scroll', save, { passive: true })
    return () => {
      window.removeEventListener('scroll', save)
      cancelAnimationFrame(frame)
    }
  }, [location.key])

  useLayoutEffect(() => {
    if (navigationType !== NavigationType.Pop) {
      if (!location.hash) window.scrollTo({ top: 0, behavior: 'instant' })
      return
    }
    const target = positions.get(location.key)
    if (target === undefined) return
    let frames = 0
    let frame = 0
    const restore = () => {
      const reachable = document.documentElement.scrollHeight - window.innerHeight >= target
      // 'instant': the page's smooth scrolling is for the reader's own jumps, not for restoring.
      if (reachable || frames++ >= MAX_RESTORE_FRAMES) window.scrollTo({ top: target, behavior: 'instant' })
      else frame = requestAnimationFrame(restore)
    }
    restore()
    return () => cancelAnimationFrame(frame)
  }, [location.key, location.hash, navigationType])

  return null
}
