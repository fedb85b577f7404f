/**
 * npm run wordpress          start (or reuse) the local WordPress, installed and seeded; leaves it running
 * npm run wordpress:stop     stop it (by PID); fine when nothing runs
 * npm run wordpress:seed     back to the freshly seeded state (from a seeded copy of the database)
 * npm run wordpress:zip      wordpress/dist/chronique.zip, the plugin to install on a real site, with the
 *                            app built for it (rebuilt only when its sources changed; --no-app: API only)
 * node scripts/wordpress/cli.ts serve   start, stay in the foreground, stop on Ctrl+C or SIGTERM (for
 *                                       Playwright's webServer)
 */
import { buildWordPressApp } from './app-build.ts'
import { resetWordPress, startWordPress, stopWordPress } from './site.ts'
import { buildZip } from './zip.ts'

const [command = 'start', ...flags] = process.argv.slice(2)
const quiet = flags.includes('--quiet')

async function main() {
  switch (command) {
    case 'start':
      await startWordPress({ keepRunning: true, quiet })
      return
    case 'serve': {
      await startWordPress({ keepRunning: false, quiet })
      // Stays up until a signal: site.ts stops the site on exit.
      setInterval(() => undefined, 1 << 30)
      return
    }
    case 'stop':
      await stopWordPress({ quiet })
      return
    case 'reset':
    case 'seed': {
      const seconds = resetWordPress()
      if (!quiet) console.log(`WordPress is back to its seeded state (${String(seconds)} s).`)
      return
    }
    case 'zip': {
      const withApp = !flags.includes('--no-app')
      if (withApp) {
        const app = buildWordPressApp({ quiet })
        if (!quiet) console.log(`App ${app.built ? `built in ${String(app.seconds)} s` : 'up to date'}.`)
      }
      const { file, entries, bytes } = buildZip({ withApp })
      console.log(`${file}: ${String(entries)} files, ${(bytes / 1024).toFixed(1)} kB`)
      return
    }
    default:
      throw new Error(`Unknown command ${command}: start, serve, stop, reset, zip`)
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
