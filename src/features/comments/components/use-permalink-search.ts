import type { FetchNextPageOptions } from '@tanstack/react-query'
import { useEffect, useLayoutEffect, useState } from 'react'
import { useLocation } from 'react-router'
import { commentAnchor, readCommentPermalink } from '@/lib/routing/paths'
import { landOnComment } from '../lib/scroll-to-comment'
import { findAncestors, type ThreadNode } from '../lib/thread-tree'

/** Pages of top-level comments are fetched one by one until a permalinked comment shows up. */
const MAX_PAGES_FOR_PERMALINK = 100

/** What the search needs of the thread's infinite query. */
interface ThreadQuery {
  data: { pages: readonly unknown[] }
  hasNextPage: boolean
  isFetching: boolean
  isFetchNextPageError: boolean
  fetchNextPage: (options: FetchNextPageOptions) => Promise<unknown>
}

interface PermalinkSearchOptions {
  roots: ThreadNode[]
  query: ThreadQuery
  collapsed: ReadonlySet<string>
  setCollapsed: (collapsed: ReadonlySet<string>) => void
  /** The permalinked comment was found: its chunk must be rendered. */
  onReveal: (commentId: string) => void
}

/**
 * A permalink (`#commentaire-…`): pages are loaded until the comment is there, its ancestors are
 * opened, then it is highlighted and focused. A comment that never shows up is said to be missing.
 */
export function usePermalinkSearch({
  roots,
  query,
  collapsed,
  setCollapsed,
  onReveal,
}: PermalinkSearchOptions) {
  const { hasNextPage, isFetching, isFetchNextPageError, fetchNextPage } = query
  const pageCount = query.data.pages.length
  const location = useLocation()
  const [highlightedId, setHighlightedId] = useState<string | null>(null)
  const permalinkId = readCommentPermalink(location.hash)
  const permalinkAncestors = permalinkId ? findAncestors(roots, permalinkId) : null
  const isPermalinkMissing =
    permalinkId !== null &&
    permalinkAncestors === null &&
    (!hasNextPage || pageCount >= MAX_PAGES_FOR_PERMALINK || isFetchNextPageError)

  const [shownPermalink, setShownPermalink] = useState<string | null>(null)
  if (permalinkId && permalinkId !== shownPermalink && permalinkAncestors !== null) {
    setShownPermalink(permalinkId)
    setHighlightedId(permalinkId)
    onReveal(permalinkId)
    if (permalinkAncestors.some((id) => collapsed.has(id))) {
      setCollapsed(new Set([...collapsed].filter((id) => !permalinkAncestors.includes(id))))
    }
  }
  const isSearchingPermalink = permalinkId !== null && permalinkAncestors === null && !isPermalinkMissing
  // One page after the other. The page count is a dependency because a page that arrives fast shows
  // in the same render as the end of its fetch, so `isFetching` alone may never seem to change.
  useEffect(() => {
    if (isSearchingPermalink && !isFetching) void fetchNextPage({ cancelRefetch: false })
  }, [isSearchingPermalink, isFetching, pageCount, fetchNextPage])
  // The comment is in this very commit (it was found while rendering): focus it and land on it now,
  // before the browser paints, in one jump (see landOnComment).
  useLayoutEffect(() => {
    if (!shownPermalink) return
    const element = document.getElementById(commentAnchor(shownPermalink))
    if (!element) return
    element.focus({ preventScroll: true })
    return landOnComment(element)
  }, [shownPermalink])

  return { highlightedId, isPermalinkMissing }
}
