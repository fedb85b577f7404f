import { createContext } from 'react'

/**
 * Settles when the first page's code and data are in (see main.tsx). Until then the layout shows a
 * skeleton itself, then the page in one ordinary update: had the page suspended behind a Suspense
 * fallback instead, React would keep that fallback up for at least 300 ms after it appeared, holding
 * a page that is ready behind a skeleton. `null`: nothing to wait for (tests, later pages).
 */
export const FirstPageContext = createContext<Promise<unknown> | null>(null)
