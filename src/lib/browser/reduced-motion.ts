/** The reader asked their system for less motion: scroll at once instead of smoothly. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches
}
