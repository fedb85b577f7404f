/**
 * What a journey points at, the way a reader would name it: a role and an accessible name, a field's
 * label, a visible text, each optionally inside another. A locator is plain data: it crosses into the
 * page, where the probe (page-probe.ts) resolves it with @testing-library/dom's queries.
 */

/** A string matches the whole (whitespace-normalised) name; a RegExp matches as it says. */
export type TextMatch = string | RegExp

/** The serialised form of a TextMatch (a RegExp does not cross a protocol as JSON). */
export type TextJson = string | { source: string; flags: string }

export type QueryJson =
  | { by: 'role'; role: string; name?: TextJson; level?: number }
  | { by: 'label'; text: TextJson }
  | { by: 'text'; text: TextJson }

const encode = (text: TextMatch): TextJson =>
  typeof text === 'string' ? text : { source: text.source, flags: text.flags }

const describeText = (text: TextJson) =>
  typeof text === 'string' ? `"${text}"` : `/${text.source}/${text.flags}`

export class Locator {
  readonly steps: readonly QueryJson[]

  constructor(steps: readonly QueryJson[] = []) {
    this.steps = steps
  }

  /** An element with this ARIA role (and accessible name), among those not hidden from readers. */
  role(role: string, name?: TextMatch, options: { level?: number } = {}): Locator {
    return new Locator([
      ...this.steps,
      {
        by: 'role',
        role,
        ...(name === undefined ? {} : { name: encode(name) }),
        ...(options.level === undefined ? {} : { level: options.level }),
      },
    ])
  }

  /** A form field by its label. */
  label(text: TextMatch): Locator {
    return new Locator([...this.steps, { by: 'label', text: encode(text) }])
  }

  /** An element whose own text is this. */
  text(text: TextMatch): Locator {
    return new Locator([...this.steps, { by: 'text', text: encode(text) }])
  }

  toString(): string {
    return (
      this.steps
        .map((step) => {
          if (step.by === 'role') {
            const level = step.level === undefined ? '' : ` level ${step.level}`
            return `${step.role}${level}${step.name === undefined ? '' : ` ${describeText(step.name)}`}`
          }
          return `${step.by} ${describeText(step.text)}`
        })
        .join(' › ') || 'the page'
    )
  }
}

const root = new Locator()
export const role = root.role.bind(root)
export const label = root.label.bind(root)
export const text = root.text.bind(root)
