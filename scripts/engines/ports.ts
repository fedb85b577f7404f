/** A busy port stops the run before anything starts, naming the variable that moves it. */
import { createServer } from 'node:net'
import { port, PORT_VARIABLES, type PortName } from './config.ts'

/** Free on 127.0.0.1, and on ::1 where the machine has it: browsers may try either for localhost. */
function isFree(number: number): Promise<boolean> {
  const tryHost = (host: string) =>
    new Promise<boolean>((resolve) => {
      const server = createServer()
      server.once('error', (error: NodeJS.ErrnoException) => {
        // No IPv6 loopback here: nothing can listen there either.
        resolve(host === '::1' && error.code !== 'EADDRINUSE')
      })
      server.listen({ port: number, host, exclusive: true }, () => server.close(() => resolve(true)))
    })
  return tryHost('127.0.0.1').then((free) => free && tryHost('::1'))
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
    if (!(await isFree(number))) {
      busy.push(`port ${number} is busy: stop what listens there, or set ${variable} to a free port`)
    }
  }
  if (busy.length > 0) throw new Error(busy.join('\n'))
}
