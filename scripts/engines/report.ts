/** The suite's table: one row per journey, one column per engine and size. */
import type { EngineName, Size } from './config.ts'
import type { Viewport } from './driver.ts'

export interface TestResult {
  engine: EngineName | 'build'
  size: Size['name'] | '-'
  journey: string
  status: 'passed' | 'failed'
  seconds: number
  error?: string
}

const NAME_WIDTH = 60
const CELL_WIDTH = 10

const fit = (text: string, width: number) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width)

export function printTable(
  results: TestResult[],
  sizes: readonly Size[],
  engines: readonly EngineName[],
  viewports: Partial<Record<EngineName, Partial<Record<string, Viewport>>>>,
) {
  const columns = engines.flatMap((engine) => sizes.map((size) => ({ engine, size: size.name })))
  console.log('\nEngines × sizes (✓ passed, ✗ failed; seconds)')
  console.log(
    `${''.padEnd(NAME_WIDTH)} ${columns.map(({ engine }) => fit(engine, CELL_WIDTH)).join(' ')}\n` +
      `${''.padEnd(NAME_WIDTH)} ${columns
        .map(({ engine, size }) => {
          const viewport = viewports[engine]?.[size]
          return fit(viewport ? `${viewport.width}×${viewport.height}` : size, CELL_WIDTH)
        })
        .join(' ')}`,
  )
  const journeyNames = [
    ...new Set(results.filter((result) => result.engine !== 'build').map((r) => r.journey)),
  ]
  for (const journey of journeyNames) {
    const cells = columns.map(({ engine, size }) => {
      const result = results.find((r) => r.engine === engine && r.size === size && r.journey === journey)
      if (!result) return fit('', CELL_WIDTH)
      return fit(`${result.status === 'passed' ? '✓' : '✗'} ${result.seconds.toFixed(1)}`, CELL_WIDTH)
    })
    console.log(`${fit(journey, NAME_WIDTH)} ${cells.join(' ')}`)
  }
  for (const result of results.filter((r) => r.engine === 'build')) {
    console.log(`${fit(`build: ${result.journey}`, NAME_WIDTH)} ${result.status === 'passed' ? '✓' : '✗'}`)
  }
  const failures = results.filter((result) => result.status === 'failed')
  if (failures.length > 0) {
    console.log('\nFailures:')
    for (const failure of failures) {
      console.log(`✗ ${failure.engine} ${failure.size}: ${failure.journey}\n    ${failure.error ?? ''}`)
    }
  }
}
