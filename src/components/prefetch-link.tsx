import { createContext, useContext, type ComponentProps } from 'react'
import { Link } from 'react-router'

/** Starts loading a route's code and data; provided by the app, which knows the route table. */
export const PrefetchContext = createContext<(href: string) => void>(() => {})

type PrefetchLinkProps = ComponentProps<typeof Link> & { to: string }

/**
 * A router link that starts loading the next page as soon as the reader shows intent (hover, focus,
 * touch), so the page is usually ready by the time the click lands.
 */
export function PrefetchLink({ to, onMouseEnter, onFocus, onTouchStart, ...props }: PrefetchLinkProps) {
  const prefetch = useContext(PrefetchContext)
  return (
    <Link
      to={to}
      onMouseEnter={(event) => {
        prefetch(to)
        onMouseEnter?.(event)
      }}
      onFocus={(event) => {
        prefetch(to)
        onFocus?.(event)
      }}
      onTouchStart={(event) => {
        prefetch(to)
        onTouchStart?.(event)
      }}
      {...props}
    />
  )
}
