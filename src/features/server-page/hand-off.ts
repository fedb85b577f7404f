/**
 * The page the WordPress plugin writes for readers without JavaScript, crawlers and slow phones
 * (#chronique-page, beside #root: wordpress/chronique/includes/front/class-readable-html.php) stays
 * on screen while the app starts. The app renders into #root unseen (server-page.css lays it out,
 * hidden, where it will be); once its page shows what the server's shows — the title, the first
 * card — the server's page is removed, in the same task as that render, before the browser paints:
 * the reader never sees the text go and come back, nor move (same markup geometry, same styles).
 *
 * Until then the app's page is not shown: should it never get there (an error), the server's page,
 * whose links are plain links, stays readable.
 */
import './server-page.css'

/** The plugin's Readable_Html::CONTAINER_ID. */
export const SERVER_PAGE_ID = 'chronique-page'
/** Marks, in the server's page, each text the app's page must show first (Readable_Html::AWAITED). */
export const AWAITED_ATTRIBUTE = 'data-awaited'

function words(element: Element): string {
  return element.textContent.replace(/\s+/g, ' ').trim()
}

/**
 * Whether the app's page in `root` shows the server's page: its main column has an h1, and a heading
 * with each awaited text (content, not interface words, so a reader who chose English matches too).
 */
export function showsServerPage(root: Element, awaited: readonly string[]): boolean {
  const main = root.querySelector('main')
  if (!main?.querySelector('h1')) return false
  const headings = new Set([...main.querySelectorAll('h1, h2, h3')].map(words))
  return awaited.every((text) => headings.has(text))
}

/**
 * Removes the server's page as soon as the app's page in `root` shows the same content (checked
 * after each change React makes, in a MutationObserver callback: same task, before paint). Call it
 * before the app's first render. Returns a function that stops waiting (the server's page stays).
 *
 * A reader already typing in the server's page (its search) keeps it until focus leaves that form:
 * their words and their click on its button are not taken away mid-gesture.
 */
export function handOffServerPage(root: HTMLElement, doc: Document = document): () => void {
  const serverPage = doc.getElementById(SERVER_PAGE_ID)
  if (!serverPage) return () => {}
  const awaited = [...serverPage.querySelectorAll(`[${AWAITED_ATTRIBUTE}]`)].map(words)
  let formInUse: HTMLFormElement | null = null
  const leaveForm = (event: FocusEvent) => {
    if (event.relatedTarget instanceof Node && formInUse?.contains(event.relatedTarget)) return
    stop()
    serverPage.remove()
  }
  const observer = new MutationObserver(() => {
    if (!showsServerPage(root, awaited)) return
    observer.disconnect()
    const active = doc.activeElement
    formInUse = active && serverPage.contains(active) ? active.closest('form') : null
    if (formInUse) formInUse.addEventListener('focusout', leaveForm)
    else serverPage.remove()
  })
  function stop() {
    observer.disconnect()
    formInUse?.removeEventListener('focusout', leaveForm)
  }
  observer.observe(root, { childList: true, subtree: true, characterData: true })
  return stop
}
