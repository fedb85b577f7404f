/**
 * Where light-dark() is missing (iOS before 17.5), every colour token using it is invalid and the
 * page loses its colours. global.css has a fallback block for those browsers; this checks, from the
 * stylesheets' text, that it is there, whole and in step with the tokens — no engine this project tests
 * in lacks light-dark(), so no browser test could see the fallback at work. (That browsers which have
 * light-dark() skip the block is what the engines suite's "Affichage" journey shows: a dark theme.)
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'

const GLOBAL_CSS = 'src/styles/global.css'
const FALLBACK_CONDITION = '@supports not (color: light-dark(#000, #fff))'

/** The text between the brace that opens at `from` and its matching closing brace. */
function blockAt(css: string, from: number): string {
  const open = css.indexOf('{', from)
  let depth = 0
  for (let index = open; index < css.length; index++) {
    if (css[index] === '{') depth++
    if (css[index] === '}' && --depth === 0) return css.slice(open + 1, index)
  }
  throw new Error(`unclosed block at ${from}`)
}

/** The custom properties a block declares, values with their whitespace collapsed. */
function customProperties(block: string): Map<string, string> {
  const declarations = new Map<string, string>()
  for (const [, name, value] of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    declarations.set(name!, value!.replace(/\s+/g, ' ').trim())
  }
  return declarations
}

/** Each light-dark(light, dark) in a value replaced by its light part. */
function lightValue(value: string): string {
  const start = value.indexOf('light-dark(')
  if (start === -1) return value
  let depth = 0
  let comma = -1
  let index = start + 'light-dark'.length
  for (; index < value.length; index++) {
    const character = value[index]
    if (character === '(') depth++
    if (character === ',' && depth === 1 && comma === -1) comma = index
    if (character === ')' && --depth === 0) break
  }
  const light = value.slice(start + 'light-dark('.length, comma).trim()
  return lightValue(value.slice(0, start) + light + value.slice(index + 1))
}

function cssFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => join(directory, file))
}

const css = readFileSync(GLOBAL_CSS, 'utf8')
const rootStart = css.indexOf(':root {')
const tokens = customProperties(blockAt(css, rootStart))
const themed = [...tokens].filter(([, value]) => value.includes('light-dark('))
const fallbackStart = css.indexOf(FALLBACK_CONDITION)

describe('the light theme where light-dark() is missing', () => {
  test('the tokens use light-dark(), so the fallback has work to do', () => {
    expect(rootStart).toBeGreaterThanOrEqual(0)
    expect(themed.length).toBeGreaterThan(10)
  })

  test(`global.css has the fallback block, under "${FALLBACK_CONDITION}", after the tokens`, () => {
    expect(fallbackStart, 'the fallback block').toBeGreaterThan(rootStart)
    const block = blockAt(css, fallbackStart)
    // :root[data-theme] too: the reader's "Sombre" must not switch the scheme where colours cannot.
    expect(block).toMatch(/^\s*:root,\s*:root\[data-theme\]\s*\{/)
    expect(block).toMatch(/color-scheme:\s*light;/)
    expect(block).not.toContain('light-dark(')
  })

  test('gives every light-dark() token its light value', () => {
    const fallback = customProperties(blockAt(css, fallbackStart))
    const expected = new Map(themed.map(([name, value]) => [name, lightValue(value)]))
    expect(Object.fromEntries(fallback)).toEqual(Object.fromEntries(expected))
  })

  test('light-dark() is used nowhere else (a use outside the tokens would have no fallback)', () => {
    const uses = cssFiles('src').flatMap((file) => {
      let text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
      if (file === GLOBAL_CSS) {
        // The tokens and the fallback's own condition are covered; anything else is not.
        text = text.replace(blockAt(text, text.indexOf(':root {')), '').replace(FALLBACK_CONDITION, '')
      }
      return text.includes('light-dark(') ? [file] : []
    })
    expect(cssFiles('src').length).toBeGreaterThan(10)
    expect(uses).toEqual([])
  })
})
