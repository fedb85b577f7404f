import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { SCENARIO_NAMES } from '../mocks/scenarios/catalogue'

test('the QA guide (docs/qa.md) documents every mock scenario in a table row', () => {
  const guide = readFileSync('docs/qa.md', 'utf8')
  const documented = [...guide.matchAll(/^\| `([a-z0-9-]+)`\s+\|/gm)].map((match) => match[1])
  expect(SCENARIO_NAMES.filter((name) => !documented.includes(name))).toEqual([])
})
