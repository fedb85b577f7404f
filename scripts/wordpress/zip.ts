/**
 * wordpress/dist/chronique.zip: the plugin folder as WordPress's "Upload plugin" expects it (one
 * top-level `chronique/` folder), with the app built for it (app-build.ts) as `chronique/app/`.
 * Written with Node's zlib only (deflate, CRC-32), no zip tool needed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { relative, resolve, sep } from 'node:path'
import { crc32, deflateRawSync } from 'node:zlib'
import { APP_DIR } from './app-build.ts'
import { REPO } from './layout.ts'

const SOURCE = resolve(REPO, 'wordpress/chronique')
const OUTPUT = resolve(REPO, 'wordpress/dist/chronique.zip')

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = resolve(folder, entry.name)
      if (entry.name.startsWith('.')) return []
      return entry.isDirectory() ? filesUnder(path) : [path]
    })
}

/** MS-DOS date and time, as zip headers keep them. */
function dosTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2),
    date: ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  }
}

/** Already compressed (images, the app's .br and .gz twins): stored as they are. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|gz|br)$/

/**
 * The zip's entries: the plugin's files, then the app's (when `withApp` and it was built).
 * @returns [name in the zip, path on disk]
 */
function entries(withApp: boolean): [string, string][] {
  const plugin = filesUnder(SOURCE).map((path): [string, string] => [relative(SOURCE, path), path])
  if (!withApp) return plugin
  if (!existsSync(resolve(APP_DIR, 'index.html'))) {
    throw new Error(`No app in ${relative(REPO, APP_DIR)}: build it first (buildWordPressApp()).`)
  }
  const app = filesUnder(APP_DIR).map((path): [string, string] => [`app/${relative(APP_DIR, path)}`, path])
  return [...plugin, ...app]
}

export function buildZip({ withApp = true } = {}): { file: string; entries: number; bytes: number } {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  const files = entries(withApp)
  for (const [entry, path] of files) {
    const name = Buffer.from(`chronique/${entry.split(sep).join('/')}`, 'utf8')
    const data = readFileSync(path)
    const isStored = STORED.test(path)
    const packed = isStored ? data : deflateRawSync(data, { level: 9 })
    const { time, date } = dosTime(statSync(path).mtime)
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(isStored ? 0 : 8, 8) // stored or deflate
    local.writeUInt16LE(time, 10)
    local.writeUInt16LE(date, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(0x0314, 4) // made by Unix, zip 2.0
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(isStored ? 0 : 8, 10)
    central.writeUInt16LE(time, 12)
    central.writeUInt16LE(date, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38) // -rw-r--r--
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, packed)
    centrals.push(central, name)
    offset += local.length + name.length + packed.length
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(centralSize, 12)
  end.writeUInt32LE(offset, 16)
  const zip = Buffer.concat([...locals, ...centrals, end])
  mkdirSync(resolve(OUTPUT, '..'), { recursive: true })
  writeFileSync(OUTPUT, zip)
  return { file: relative(REPO, OUTPUT), entries: files.length, bytes: zip.length }
}
