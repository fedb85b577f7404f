import { useEffect, useRef, useState } from 'react'
import { useAnnounce } from '@/components/live-announcer'
import { useMessages } from '@/lib/i18n/use-messages'
import type { ServiceWorkerControls } from '../lib/register-service-worker'
import { UpdatePrompt } from './update-prompt'

/** Registers the service worker and shows "Nouvelle version disponible" when one is waiting. */
export function ServiceWorkerUpdates() {
  const { offlineReading } = useMessages()
  const announce = useAnnounce()
  const [isUpdateWaiting, setIsUpdateWaiting] = useState(false)
  const [isUpdating, setIsUpdating] = useState(false)
  const controls = useRef<ServiceWorkerControls | null>(null)

  useEffect(() => {
    let isMounted = true
    // Its own chunk, with workbox-window: none of it is in the first load.
    import('../lib/register-service-worker')
      .then(({ registerServiceWorker }) => {
        if (!isMounted) return
        controls.current = registerServiceWorker({ onUpdateWaiting: () => setIsUpdateWaiting(true) })
      })
      // Code that cannot load (offline after a deployment) only means no offers on this visit.
      .catch(() => undefined)
    return () => {
      isMounted = false
      controls.current?.stop()
      controls.current = null
    }
  }, [])

  // Said once, politely: the notice itself never takes the reader's focus.
  useEffect(() => {
    if (isUpdateWaiting) announce(offlineReading.updateAnnouncement)
  }, [isUpdateWaiting, announce, offlineReading.updateAnnouncement])

  if (!isUpdateWaiting) return null
  return (
    <UpdatePrompt
      isUpdating={isUpdating}
      onUpdate={() => {
        setIsUpdating(true)
        controls.current?.update()
      }}
      onDismiss={() => setIsUpdateWaiting(false)}
    />
  )
}
