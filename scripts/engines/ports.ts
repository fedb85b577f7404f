/** A busy port stops the run before anything starts, naming the variable that moves it. */
import { createServer } from 'node:net'
import { port, PORT_VARIABLES, type PortName } from './config.ts'

function canListen(number: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen({ port: number, host, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

export async function ensurePortsFree(names: readonly PortName[]): Promise<void> {
  const busy: string[] = []
  const seen = new Map<number, string>()
  for (const name of names) {
    const { variable } = PORT_VARIABLES[name]
    const number = port(name)
    const other = seen.get(number)
    if (other) {
      busy.push(`${variable} and ${other} are both ${number}: give each its own port`)
      continue
    }
    seen.set(number, variable)
    if (!(await canListen(number, '127.0.0.1'))) {
      busy.push(`port ${number} is busy: stop what listens there, or set ${variable} to a free port`)
    }
  }
  if (busy.length > 0) throw new Error(busy.join('\n'))
}
