import { useEffect, useRef } from 'react'
import { useAnnounce } from '@/components/live-announcer'
import { useMessages } from '@/lib/i18n/use-messages'
import { useIsOnline } from '@/lib/react/use-is-online'
import styles from './offline-notice.module.css'

/**
 * Says when the connection is gone. Meanwhile queries wait (TanStack Query pauses them) and resume
 * by themselves when it is back, and comment posts wait their turn ("En attente de connexion").
 */
export function OfflineNotice() {
  const messages = useMessages()
  const announce = useAnnounce()
  const isOnline = useIsOnline()
  const wasOffline = useRef(false)
  useEffect(() => {
    if (!isOnline) wasOffline.current = true
    else if (wasOffline.current) {
      wasOffline.current = false
      announce(messages.network.backOnline)
    }
  }, [isOnline, announce, messages.network.backOnline])

  if (isOnline) return null
  return (
    <p className={styles.notice} role="status">
      {messages.network.offline}
    </p>
  )
}
