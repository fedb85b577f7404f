/**
 * The language of the magazines' own words (titles, bodies, bios, credits): French, whatever the
 * interface's. Marked on those parts only, so the interface's words around them (in English for some
 * readers) are read with the right voice (WCAG 3.1.2).
 */
export const CONTENT_LANG = 'fr'
