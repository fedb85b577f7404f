/** History state the app attaches to some navigations (e.g. a search keeps focus in its field). */
export interface NavigationState {
  keepFocus?: boolean
}

export const keepFocusState: NavigationState = { keepFocus: true }

export function shouldKeepFocus(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as NavigationState).keepFocus === true
}
