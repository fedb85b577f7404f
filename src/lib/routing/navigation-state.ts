/** History state the app attaches to navigations that update the page in place. */
export interface NavigationState {
  /** Focus stays where it is (a search keeps it in its field) instead of moving to the page's title. */
  keepFocus?: boolean
  /** The view stays where it is (re-sorting the comments) instead of going to the top. */
  keepScroll?: boolean
}

export const keepFocusState: NavigationState = { keepFocus: true }
export const inPlaceUpdateState: NavigationState = { keepFocus: true, keepScroll: true }

function read(state: unknown): NavigationState {
  return typeof state === 'object' && state !== null ? state : {}
}

export function shouldKeepFocus(state: unknown): boolean {
  return read(state).keepFocus === true
}

export function shouldKeepScroll(state: unknown): boolean {
  return read(state).keepScroll === true
}
