/**
 * Where the app's pages live on their origin. `/` for the static build; when the WordPress plugin
 * serves the app, the prefix chosen in its settings (`/`, `/lire/`, or under a WordPress installed in
 * a folder, `/blog/lire/`), which the plugin writes into every page it serves as
 * `<meta name="chronique-base" content="/lire/">`. Read once, when the app starts.
 */
export const APP_BASE_META = 'chronique-base'

/** A path that starts and ends with `/`, made of plain segments; anything else is the root. */
export function parseAppBase(value: string | null | undefined): string {
  if (!value || !/^\/(?:[\w.~%-]+\/)*$/.test(value) || /\/\.{1,2}\//.test(value)) return '/'
  return value
}

/** The base the page was served with, or `/` where there is no page (Node) or no such tag. */
export function readAppBase(): string {
  if (typeof document === 'undefined') return '/'
  return parseAppBase(document.querySelector<HTMLMetaElement>(`meta[name="${APP_BASE_META}"]`)?.content)
}
