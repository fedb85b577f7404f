import { afterEach, describe, expect, test } from 'vitest'
import { handOffServerPage, SERVER_PAGE_ID, showsServerPage } from './hand-off'

const title = 'La transformation sociale des entreprises'

/** An element with its attributes and children (text or elements). */
function h(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]) {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  element.append(...children)
  return element
}

/** The plugin's page (Readable_Html::frame()) beside an empty #root, as Document writes them. */
function serverDocument(...main: HTMLElement[]): HTMLElement {
  const root = h('div', { id: 'root' })
  document.body.replaceChildren(h('div', { id: SERVER_PAGE_ID }, h('main', {}, ...main)), root)
  return root
}

/** What one of React's commits does to #root, then the microtask where observers run. */
async function render(root: HTMLElement, ...children: HTMLElement[]) {
  root.replaceChildren(...children)
  await Promise.resolve()
}

const serverPage = () => document.getElementById(SERVER_PAGE_ID)

afterEach(() => {
  document.body.replaceChildren()
})

describe('handOffServerPage', () => {
  test('the server page stays through the app’s skeleton and goes once the app shows the same title', async () => {
    const root = serverDocument(h('h1', { 'data-awaited': '' }, title), h('p', {}, 'Le texte.'))
    handOffServerPage(root)

    await render(root, h('header', {}, 'Chronique'), h('main', {}, h('div', { 'aria-hidden': 'true' })))
    expect(serverPage()).not.toBeNull()
    await render(root, h('main', {}, h('h1', {}, 'Un autre titre')))
    expect(serverPage()).not.toBeNull()

    await render(
      root,
      h('header', {}, 'Chronique'),
      h('main', {}, h('article', {}, h('h1', {}, ` ${title}\n`))),
    )
    expect(serverPage()).toBeNull()
    expect(root.querySelector('h1')?.textContent).toContain(title)
  })

  test('a list waits for its first card’s title, whatever words the interface’s language gives its h1', async () => {
    const root = serverDocument(
      h('h1', {}, 'Chronique Le meilleur des magazines'),
      h('h2', { 'data-awaited': '' }, h('a', {}, 'Premier article')),
    )
    handOffServerPage(root)

    await render(root, h('main', {}, h('h1', {}, 'Chronique The best of online magazines'), h('ol')))
    expect(serverPage()).not.toBeNull()
    await render(
      root,
      h(
        'main',
        {},
        h('h1', {}, 'Chronique The best of online magazines'),
        h('ol', {}, h('li', {}, h('h2', {}, h('a', {}, 'Premier article')))),
      ),
    )
    expect(serverPage()).toBeNull()
  })

  test('a reader typing a search in the server’s page keeps it until they leave the form', async () => {
    const field = h('input', { type: 'search', name: 'q' })
    const button = h('button', { type: 'submit' }, 'Rechercher')
    const root = serverDocument(h('h1', { 'data-awaited': '' }, title), h('form', {}, field, button))
    handOffServerPage(root)
    field.focus()

    await render(root, h('main', {}, h('h1', {}, title)))
    expect(serverPage()).not.toBeNull()
    button.focus()
    expect(serverPage()).not.toBeNull()
    button.blur()
    expect(serverPage()).toBeNull()
  })

  test('stopped before the app gets there, it leaves the server page in place', async () => {
    const root = serverDocument(h('h1', { 'data-awaited': '' }, title))
    const stop = handOffServerPage(root)
    stop()
    await render(root, h('main', {}, h('h1', {}, title)))
    expect(serverPage()).not.toBeNull()
  })

  test('without a server page (the static build, the service worker’s shell) it does nothing', async () => {
    const root = h('div', { id: 'root' })
    document.body.replaceChildren(root)
    const stop = handOffServerPage(root)
    await render(root, h('main', {}, h('h1', {}, title)))
    expect(root.querySelector('h1')).not.toBeNull()
    stop()
  })
})

describe('showsServerPage', () => {
  test('needs an h1 in the app’s main column, and a heading with each awaited text', () => {
    const page = (...children: HTMLElement[]) => h('div', {}, ...children)
    const both = page(h('main', {}, h('h1', {}, 'Titre'), h('h3', {}, 'Carte')))
    expect(showsServerPage(both, ['Titre', 'Carte'])).toBe(true)
    expect(showsServerPage(both, ['Titre', 'Autre'])).toBe(false)
    expect(showsServerPage(page(h('main', {}, h('h2', {}, 'Titre'))), [])).toBe(false)
    expect(showsServerPage(page(h('h1', {}, 'Titre')), ['Titre'])).toBe(false)
  })
})
