import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { SCENARIO_NAMES } from '../mocks/scenarios/catalogue'

test('the README documents every mock scenario', () => {
  const readme = readFileSync('README.md', 'utf8')
  const documented = [...readme.matchAll(/^\| `([a-z0-9-]+)`\s+\|/gm)].map((match) => match[1])
  expect(SCENARIO_NAMES.filter((name) => !documented.includes(name))).toEqual([])
})
