import { useEffect, useRef } from 'react'
import { progressThrough, saveReadingPosition } from '../lib/reading-positions'
import styles from './reading-progress.module.css'

interface ReadingProgressProps {
  slug: string
  /** The article's body: the progress measures it, not the comments below. */
  bodyId: string
}

/**
 * A thin bar at the top of the screen, and the reader's position saved for "Reprendre la lecture".
 * Hidden from assistive technology: a value changing on every scroll would be noise; the position is
 * already conveyed by the reading itself.
 */
export function ReadingProgress({ slug, bodyId }: ReadingProgressProps) {
  const barRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    let frame = 0
    let lastSaved = 0
    let pendingSave: number | null = null
    const body = () => document.getElementById(bodyId)

    const save = () => {
      const element = body()
      if (element) saveReadingPosition(slug, progressThrough(element))
      lastSaved = performance.now()
      pendingSave = null
    }
    const update = () => {
      frame = 0
      const element = body()
      if (!element || !barRef.current) return
      // A transform: no layout, no paint of anything else.
      barRef.current.style.transform = `scaleX(${progressThrough(element)})`
    }
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update)
      // Saved at most once a second while scrolling, and once more when it stops.
      if (performance.now() - lastSaved > 1000) save()
      else if (pendingSave === null) pendingSave = window.setTimeout(save, 1000)
    }
    const onHide = () => {
      if (document.visibilityState === 'hidden') save()
    }

    update()
    // Mounted after the page (see article-route.tsx): a reader may have scrolled already.
    if (window.scrollY > 0) onScroll()
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('resize', onScroll, { passive: true })
    document.addEventListener('visibilitychange', onHide)
    return () => {
      cancelAnimationFrame(frame)
      if (pendingSave !== null) {
        window.clearTimeout(pendingSave)
        save()
      }
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('resize', onScroll)
      document.removeEventListener('visibilitychange', onHide)
    }
  }, [slug, bodyId])

  return (
    <div className={styles.track} aria-hidden="true" data-print="hide">
      <div ref={barRef} className={styles.bar} data-testid="reading-progress" />
    </div>
  )
}
