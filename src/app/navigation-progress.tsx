import { useIsFetching } from '@tanstack/react-query'
import styles from './navigation-progress.module.css'

/**
 * A thin bar at the top while data the page has never had is loading (a new page of results, say):
 * the previous page stays readable meanwhile instead of flashing a skeleton. Decorative: the page's
 * own status messages speak to screen readers.
 */
export function NavigationProgress() {
  const loading = useIsFetching({ predicate: (query) => query.state.status === 'pending' }) > 0
  return <div className={styles.bar} data-active={loading} aria-hidden="true" />
}
