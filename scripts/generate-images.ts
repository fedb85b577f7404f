/**
 * Draws every image the mock data references as a small, self-contained SVG under mocks/public/images/ (served by the mock servers only, never shipped in dist/):
 * article covers, author avatars and the images inside article bodies.
 *
 * Run with: ./node_modules/.bin/node scripts/generate-images.ts
 *
 * The drawings derive from a hash of each slug, so the output is the same bytes on every run; files that
 * are already up to date are left untouched. The SVGs use no fonts to download, no scripts, no
 * foreignObject and no links of any kind.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { seedArticles, seedAuthors } from '../mocks/data/seed-catalogue.ts'
import { isartaArticle, isartaAuthor } from '../mocks/data/seed-isarta.ts'
import type { SeedArticle, SeedAuthor, SeedImage } from '../mocks/data/seed-types.ts'

const publicDir = resolve(import.meta.dirname, '..', 'mocks', 'public')
const imagesDir = join(publicDir, 'images')

/** The model article's illustrations, drawn by hand rather than from the generic composition. */
const enterpriseNetworkUrl = '/images/articles/entreprise-numerique.svg'
const portraitUrl = '/images/articles/r-morin.svg'

const systemFonts = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif'
const maxBytes = 8 * 1024

interface ImageJob {
  kind: 'cover' | 'avatar' | 'body'
  image: SeedImage
  /** What the drawing derives from: an article or author slug. */
  seed: string
  categorySlug: string
  /** The author's name, for the initials of an avatar. */
  name: string
}

interface Palette {
  backgroundFrom: string
  backgroundTo: string
  soft: string
  muted: string
  mid: string
  ink: string
  paper: string
  accent: string
}

type Random = () => number

/* ---------------------------------------------------------------- determinism */

/** FNV-1a, 32 bits. */
function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (const char of text) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash >>> 0
}

/** Mulberry32: a tiny seeded generator, in [0, 1). */
function createRandom(seed: number): Random {
  let state = seed >>> 0
  return function next() {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

function between(random: Random, min: number, max: number): number {
  return min + (max - min) * random()
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick() needs a non-empty list')
  return item
}

/** Numbers as short as they can be: integers, or one decimal for small values. */
function num(value: number): string {
  const rounded = Math.abs(value) < 10 ? Math.round(value * 10) / 10 : Math.round(value)
  return String(Object.is(rounded, -0) ? 0 : rounded)
}

/* ---------------------------------------------------------------- colour */

function hsl(hue: number, saturation: number, lightness: number): string {
  const h = (((hue % 360) + 360) % 360) / 360
  const s = saturation / 100
  const l = lightness / 100
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s
  const p = 2 * l - q
  const channels = [h + 1 / 3, h, h - 1 / 3].map(function channel(t) {
    const tt = t < 0 ? t + 1 : t > 1 ? t - 1 : t
    if (tt < 1 / 6) return p + (q - p) * 6 * tt
    if (tt < 1 / 2) return q
    if (tt < 2 / 3) return p + (q - p) * (2 / 3 - tt) * 6
    return p
  })
  return `#${channels
    .map((c) =>
      Math.round(c * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

function relativeLuminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map(function linear(start) {
    const c = parseInt(hex.slice(start, start + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrastWithWhite(hex: string): number {
  return 1.05 / (relativeLuminance(hex) + 0.05)
}

/** Muted hues that sit well on an off-white page and in a dark theme. */
const coverHues = [12, 24, 38, 88, 142, 168, 190, 206, 222, 246, 268, 322, 346]

function coverPalette(random: Random): Palette {
  const hue = pick(random, coverHues) + between(random, -5, 5)
  const warm = hue < 60 || hue > 300
  const accentHue = warm ? pick(random, [178, 200]) : pick(random, [14, 38])
  return {
    backgroundFrom: hsl(hue - 8, 24, 86),
    backgroundTo: hsl(hue + 12, 24, 78),
    soft: hsl(hue - 20, 30, 72),
    muted: hsl(hue + 18, 24, 62),
    mid: hsl(hue, 30, 50),
    ink: hsl(hue, 36, 25),
    paper: hsl(hue, 40, 97),
    accent: hsl(accentHue, warm ? 38 : 62, warm ? 46 : 62),
  }
}

/** A slug's avatar colour, darkened until white initials reach 4.5:1 (aiming higher). */
function avatarColour(seed: string): { fill: string; shade: string } {
  // Salted, so an author's colour is independent of any cover drawn from the same slug.
  const random = createRandom(hashString(`avatar:${seed}`))
  const hue = between(random, 0, 360)
  let lightness = 40
  let fill = hsl(hue, 36, lightness)
  while (contrastWithWhite(fill) < 5.5) {
    lightness -= 1
    fill = hsl(hue, 36, lightness)
  }
  return { fill, shade: hsl(hue, 38, lightness - 7) }
}

/* ---------------------------------------------------------------- svg helpers */

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
}

function svgDocument(image: SeedImage, body: string): string {
  const { width, height } = image
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" role="img"><title>${escapeXml(image.alt)}</title>\n${body}</svg>\n`
  )
}

function gradient(id: string, from: string, to: string): string {
  return (
    `<defs><linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>`
  )
}

/* ---------------------------------------------------------------- category motifs */

/** Each motif is drawn around (0, 0), about 300 × 260 units, and placed by the cover. */
type Motif = (palette: Palette, random: Random) => string

function speechBubbles(p: Palette): string {
  return [
    `<path d="M-150-118h176a28 28 0 0 1 28 28v84a28 28 0 0 1-28 28h-118l-38 38v-38a28 28 0 0 1-20-28v-84a28 28 0 0 1 28-28z" fill="${p.paper}"/>`,
    `<g fill="${p.ink}"><circle cx="-98" cy="-48" r="11"/><circle cx="-62" cy="-48" r="11"/><circle cx="-26" cy="-48" r="11"/></g>`,
    `<path d="M-8-4h140a26 26 0 0 1 26 26v76a26 26 0 0 1-26 26h-8v36l-36-36h-96a26 26 0 0 1-26-26v-76a26 26 0 0 1 26-26z" fill="${p.mid}"/>`,
    `<path d="M20 36h104M20 70h64" stroke="${p.paper}" stroke-width="12" stroke-linecap="round"/>`,
  ].join('\n')
}

function barChart(p: Palette, random: Random): string {
  const bars: string[] = []
  const tops: string[] = []
  let height = between(random, 60, 80)
  for (let index = 0; index < 4; index += 1) {
    const x = -130 + index * 66
    bars.push(`<rect x="${x}" y="${num(110 - height)}" width="44" height="${num(height + 6)}" rx="6"/>`)
    tops.push(`${x + 22} ${num(80 - height)}`)
    height += between(random, 28, 52)
  }
  const [lastX = '0', lastY = '0'] = (tops.at(-1) ?? '').split(' ')
  return [
    `<g fill="${p.paper}">${bars.join('')}</g>`,
    `<path d="M-156 112h312" stroke="${p.ink}" stroke-width="8" stroke-linecap="round"/>`,
    `<path d="M${tops.join('L')}" fill="none" stroke="${p.accent}" stroke-width="7" stroke-linejoin="round" stroke-linecap="round"/>`,
    `<circle cx="${lastX}" cy="${lastY}" r="13" fill="${p.accent}"/>`,
    `<g fill="${p.ink}">${tops
      .slice(0, -1)
      .map((top) => {
        const [x = '0', y = '0'] = top.split(' ')
        return `<circle cx="${x}" cy="${y}" r="8"/>`
      })
      .join('')}</g>`,
  ].join('\n')
}

function briefcase(p: Palette): string {
  return [
    `<path d="M-52-74v-22a18 18 0 0 1 18-18h68a18 18 0 0 1 18 18v22" fill="none" stroke="${p.ink}" stroke-width="16"/>`,
    `<rect x="-156" y="-78" width="312" height="196" rx="24" fill="${p.mid}"/>`,
    `<path d="M-156-8h312" stroke="${p.ink}" stroke-width="6" opacity=".35"/>`,
    `<rect x="-26" y="-26" width="52" height="40" rx="8" fill="${p.paper}"/>`,
  ].join('\n')
}

function megaphone(p: Palette): string {
  return [
    `<path d="M-108-34 56-112v224l-164-78z" fill="${p.mid}" stroke="${p.mid}" stroke-width="16" stroke-linejoin="round"/>`,
    `<ellipse cx="58" cy="0" rx="24" ry="116" fill="${p.paper}"/>`,
    `<rect x="-156" y="-40" width="52" height="80" rx="12" fill="${p.ink}"/>`,
    `<path d="M-84 36l14 62h34l-10-52" fill="${p.ink}"/>`,
    `<path d="M116-58q36 58 0 116M150-100q62 100 0 200" fill="none" stroke="${p.ink}" stroke-width="10" stroke-linecap="round"/>`,
  ].join('\n')
}

function circuit(p: Palette, random: Random): string {
  const grid: string[] = []
  for (let offset = -160; offset <= 160; offset += 40)
    grid.push(`M${offset}-150v300M-170 ${offset * 0.9}h340`)
  const reach = (): number => Math.round(between(random, 30, 70))
  // Each trace leaves a pin: a start point, then horizontal (h) or vertical (v) runs.
  const traces: [number, number, ...['h' | 'v', number][]][] = [
    [-30, -90, ['v', -reach()], ['h', -60]],
    [30, -90, ['v', -reach()], ['h', reach()]],
    [90, -30, ['h', reach()], ['v', -50]],
    [90, 30, ['h', reach() + 20]],
    [30, 90, ['v', reach()], ['h', 70]],
    [-30, 90, ['v', reach()]],
    [-90, 0, ['h', -reach() - 30], ['v', 60]],
  ]
  const paths: string[] = []
  const ends: string[] = []
  for (const [startX, startY, ...runs] of traces) {
    let x = startX
    let y = startY
    let path = `M${x} ${y}`
    for (const [axis, length] of runs) {
      path += `${axis}${length}`
      if (axis === 'h') x += length
      else y += length
    }
    paths.push(path)
    ends.push(`<circle cx="${x}" cy="${y}" r="10"/>`)
  }
  return [
    `<path d="${grid.join('')}" stroke="${p.ink}" stroke-width="2" opacity=".12"/>`,
    `<path d="${paths.join('')}" fill="none" stroke="${p.ink}" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>`,
    `<g fill="${p.paper}" stroke="${p.ink}" stroke-width="6">${ends.join('')}</g>`,
    `<path d="M-30-80v-24M0-80v-24M30-80v-24M80-30h24M80 0h24M80 30h24M-30 80v24M0 80v24M30 80v24M-80-30h-24M-80 0h-24M-80 30h-24" stroke="${p.ink}" stroke-width="8"/>`,
    `<rect x="-84" y="-84" width="168" height="168" rx="18" fill="${p.ink}"/>`,
    `<rect x="-44" y="-44" width="88" height="88" rx="10" fill="${p.accent}"/>`,
  ].join('\n')
}

function guillemets(p: Palette): string {
  return [
    `<rect x="-160" y="-110" width="320" height="220" rx="26" fill="${p.paper}"/>`,
    `<path d="M-92-40l-40 40 40 40M-54-40l-40 40 40 40" fill="none" stroke="${p.ink}" stroke-width="16" stroke-linecap="round" stroke-linejoin="round"/>`,
    `<path d="M54-40l40 40-40 40M92-40l40 40-40 40" fill="none" stroke="${p.mid}" stroke-width="16" stroke-linecap="round" stroke-linejoin="round"/>`,
    `<path d="M-22-30h44M-22 0h44M-22 30h24" stroke="${p.muted}" stroke-width="10" stroke-linecap="round"/>`,
  ].join('\n')
}

function rings(p: Palette): string {
  return [
    `<circle r="120" fill="${p.paper}"/>`,
    `<circle r="80" fill="none" stroke="${p.mid}" stroke-width="14"/>`,
    `<circle r="34" fill="${p.ink}"/>`,
  ].join('\n')
}

const motifs: Record<string, Motif> = {
  'medias-sociaux': speechBubbles,
  'marketing-numerique': barChart,
  'emploi-carriere': briefcase,
  publicite: megaphone,
  technologie: circuit,
  communication: guillemets,
}

/* ---------------------------------------------------------------- drawings */

/**
 * An abstract editorial composition: a gradient field, a backing shape (disc, arch or curved panel)
 * carrying the category motif, a secondary shape, layered waves, a quiet block of hairlines or dots
 * and two small accents. Everything derives from the seed.
 */
function renderCover(job: ImageJob): string {
  const { width: w, height: h } = job.image
  const random = createRandom(hashString(job.seed))
  const p = coverPalette(random)
  const motifOnLeft = random() < 0.5
  const side = motifOnLeft ? 1 : -1
  const scale = Math.min(w / 1200, h / 675)
  const layout = pick(random, ['disc', 'arch', 'panel'] as const)

  // The backing shape, and where the motif sits on it.
  let motifX = w * (motifOnLeft ? between(random, 0.27, 0.33) : between(random, 0.67, 0.73))
  let motifY = h * between(random, 0.44, 0.5)
  let backing: string
  let satelliteX: number
  let satelliteY: number
  if (layout === 'disc') {
    const r = h * between(random, 0.4, 0.45)
    backing = `<circle cx="${num(motifX)}" cy="${num(motifY)}" r="${num(r)}" fill="${p.soft}"/>`
    satelliteX = motifX - side * r * 0.74
    satelliteY = motifY - r * 0.68
  } else if (layout === 'arch') {
    const r = w * between(random, 0.16, 0.18)
    const top = h * between(random, 0.1, 0.16)
    motifY = top + r + h * 0.1
    backing =
      `<path d="M${num(motifX - r)} ${h}V${num(top + r)}A${num(r)} ${num(r)} 0 0 1 ${num(motifX + r)} ${num(top + r)}` +
      `V${h}z" fill="${p.soft}"/>`
    satelliteX = motifX + side * r * 0.78
    satelliteY = top + r * 0.26
  } else {
    motifX = w * (motifOnLeft ? between(random, 0.22, 0.26) : between(random, 0.74, 0.78))
    const edge = w * between(random, 0.44, 0.48)
    const bulge = w * between(random, 0.04, 0.07)
    const x = (value: number): string => num(motifOnLeft ? value : w - value)
    backing =
      `<path d="M${x(0)} 0H${x(edge)}C${x(edge + bulge)} ${num(h * 0.35)} ${x(edge - bulge)} ${num(h * 0.65)} ` +
      `${x(edge)} ${h}H${x(0)}z" fill="${p.soft}"/>`
    satelliteX = motifOnLeft ? edge + bulge * 0.2 : w - edge - bulge * 0.2
    satelliteY = h * between(random, 0.16, 0.22)
  }

  // A secondary shape in the far corner: a half-hidden disc, or concentric rings.
  const farX = w * (motifOnLeft ? between(random, 0.88, 0.96) : between(random, 0.04, 0.12))
  const farY = h * between(random, 0.02, 0.14)
  const farR = h * between(random, 0.22, 0.3)
  const secondary =
    random() < 0.6
      ? `<circle cx="${num(farX)}" cy="${num(farY)}" r="${num(farR)}" fill="${p.muted}" opacity=".5"/>`
      : `<g fill="none" stroke="${p.muted}" stroke-width="${num(6 * scale)}">` +
        [1, 0.74, 0.48]
          .map((share) => `<circle cx="${num(farX)}" cy="${num(farY)}" r="${num(farR * share)}"/>`)
          .join('') +
        '</g>'

  const wave = (base: number, swing: number): string =>
    `M0 ${num(base)}C${num(w * 0.25)} ${num(base - swing)} ${num(w * 0.45)} ${num(base + swing)} ` +
    `${num(w * 0.7)} ${num(base)}S${num(w * 0.92)} ${num(base - swing * 0.6)} ${w} ${num(base + swing * 0.2)}` +
    `V${h}H0z`
  const waves = [
    `<path d="${wave(h * between(random, 0.74, 0.8), h * between(random, 0.05, 0.09) * side)}" fill="${p.muted}" opacity=".45"/>`,
    `<path d="${wave(h * between(random, 0.86, 0.91), h * between(random, 0.03, 0.06) * -side)}" fill="${p.mid}" opacity=".3"/>`,
  ]

  // Hairlines (a column of text, seen from afar) or a dot grid, on the side away from the motif.
  const quietX = w * (motifOnLeft ? between(random, 0.6, 0.66) : between(random, 0.14, 0.2))
  const quietY = h * between(random, 0.46, 0.54)
  let quiet: string
  if (random() < 0.5) {
    const lengths = [1, 0.86, 0.94, 0.62].map((share) => num(w * 0.2 * share))
    const lines = lengths.map(
      (length, index) => `M${num(quietX)} ${num(quietY + index * 26 * scale)}h${length}`,
    )
    quiet = `<path d="${lines.join('')}" stroke="${p.ink}" stroke-width="${num(5 * scale)}" stroke-linecap="round" opacity=".3"/>`
  } else {
    const dots: string[] = []
    for (let row = 0; row < 4; row += 1) {
      for (let column = 0; column < 6; column += 1) {
        dots.push(
          `<circle cx="${num(quietX + column * 34 * scale)}" cy="${num(quietY + row * 34 * scale)}" r="${num(5 * scale)}"/>`,
        )
      }
    }
    quiet = `<g fill="${p.ink}" opacity=".3">${dots.join('')}</g>`
  }

  // A small accent ring floats above the quiet block, well away from the satellite dot.
  const ringX = quietX + w * between(random, 0.04, 0.16)
  const ringY = quietY - h * between(random, 0.14, 0.2)

  const motif = (motifs[job.categorySlug] ?? rings)(p, random)
  const motifScale = scale * between(random, 0.98, 1.08)

  return svgDocument(
    job.image,
    [
      gradient('bg', p.backgroundFrom, p.backgroundTo),
      `<rect width="${w}" height="${h}" fill="url(#bg)"/>`,
      secondary,
      backing,
      ...waves,
      quiet,
      `<circle cx="${num(ringX)}" cy="${num(ringY)}" r="${num(26 * scale)}" fill="none" stroke="${p.accent}" stroke-width="${num(5 * scale)}" opacity=".85"/>`,
      `<circle cx="${num(satelliteX)}" cy="${num(satelliteY)}" r="${num(15 * scale)}" fill="${p.accent}"/>`,
      `<g transform="translate(${num(motifX)} ${num(motifY)}) scale(${motifScale.toFixed(2)})">\n${motif}\n</g>`,
      '',
    ].join('\n'),
  )
}

function renderAvatar(job: ImageJob): string {
  const { width: w, height: h } = job.image
  const { fill, shade } = avatarColour(job.seed)
  const words = job.name.trim().split(/\s+/)
  const initials = [words[0], words.length > 1 ? words.at(-1) : undefined]
    .map((word) => Array.from(word ?? '')[0] ?? '')
    .join('')
    .toUpperCase()
  const size = Math.min(w, h)
  return svgDocument(
    job.image,
    [
      `<rect width="${w}" height="${h}" fill="${fill}"/>`,
      `<circle cx="${num(w * 0.92)}" cy="${num(h * 1.02)}" r="${num(size * 0.5)}" fill="${shade}"/>`,
      `<text x="${num(w / 2)}" y="${num(h / 2)}" dy=".36em" text-anchor="middle" fill="#fff" ` +
        `font-family="${systemFonts}" font-size="${num(size * 0.38)}" font-weight="600">${escapeXml(initials)}</text>`,
      '',
    ].join('\n'),
  )
}

/** The model article's cover: an office building networked to computers, phones and people. */
function renderEnterpriseNetwork(job: ImageJob): string {
  const { width: w, height: h } = job.image
  const p = {
    from: '#e8ecef',
    to: '#d5dde3',
    soft: '#c9d5de',
    line: '#7f95a8',
    ink: '#2f4558',
    paper: '#fbfcfd',
    screen: '#9fc3d6',
    accent: '#d9825b',
  }
  const hub = { x: 600, y: 350 }
  const nodes = [
    { kind: 'computer', x: 250, y: 175 },
    { kind: 'person', x: 140, y: 400 },
    { kind: 'phone', x: 330, y: 545 },
    { kind: 'person', x: 915, y: 150 },
    { kind: 'computer', x: 1065, y: 365 },
    { kind: 'phone', x: 880, y: 555 },
  ]
  const icons: Record<string, string> = {
    computer: `<rect x="-38" y="-30" width="76" height="50" rx="5" fill="${p.ink}"/><rect x="-31" y="-23" width="62" height="36" rx="2" fill="${p.screen}"/><path d="M-10 20h20l5 14h-30z" fill="${p.ink}"/>`,
    phone: `<rect x="-20" y="-36" width="40" height="72" rx="8" fill="${p.ink}"/><rect x="-14" y="-27" width="28" height="50" rx="2" fill="${p.screen}"/>`,
    person: `<circle cy="-16" r="16" fill="${p.ink}"/><path d="M-30 34a30 28 0 0 1 60 0z" fill="${p.ink}"/>`,
  }
  const links = nodes.map((node) => `M${hub.x} ${hub.y}L${node.x} ${node.y}`)
  for (let index = 0; index < nodes.length; index += 1) {
    const from = nodes[index]
    const to = nodes[(index + 1) % nodes.length]
    if (from && to && index !== 2 && index !== 5) links.push(`M${from.x} ${from.y}L${to.x} ${to.y}`)
  }
  const pulses = nodes.map(
    (node) => `<circle cx="${num((hub.x + node.x) / 2)}" cy="${num((hub.y + node.y) / 2)}" r="7"/>`,
  )
  // Four columns and seven floors of windows, as one patterned rectangle.
  const windows =
    `<defs><pattern id="windows" x="544" y="214" width="32" height="40" patternUnits="userSpaceOnUse">` +
    `<rect width="18" height="22" fill="${p.screen}"/></pattern></defs>` +
    `<rect x="544" y="214" width="114" height="262" fill="url(#windows)"/>`
  return svgDocument(
    job.image,
    [
      gradient('bg', p.from, p.to),
      `<rect width="${w}" height="${h}" fill="url(#bg)"/>`,
      `<circle cx="600" cy="372" r="300" fill="${p.soft}" opacity=".6"/>`,
      `<path d="M0 560C300 520 500 610 760 575S1080 545 1200 560V675H0z" fill="${p.soft}"/>`,
      `<path d="${links.join('')}" stroke="${p.line}" stroke-width="4" stroke-dasharray="2 10" stroke-linecap="round"/>`,
      `<g fill="${p.accent}">${pulses.join('')}</g>`,
      `<rect x="524" y="186" width="152" height="338" rx="6" fill="${p.ink}"/>`,
      `<rect x="556" y="160" width="88" height="30" rx="4" fill="${p.ink}"/>`,
      windows,
      `<rect x="580" y="488" width="40" height="36" rx="3" fill="${p.paper}"/>`,
      `<path d="M470 526h260" stroke="${p.ink}" stroke-width="6" stroke-linecap="round"/>`,
      `<g fill="${p.paper}" stroke="${p.line}" stroke-width="3">` +
        nodes.map((node) => `<circle cx="${node.x}" cy="${node.y}" r="66"/>`).join('') +
        '</g>',
      ...nodes.map((node) => `<g transform="translate(${node.x} ${node.y})">${icons[node.kind] ?? ''}</g>`),
      '',
    ].join('\n'),
  )
}

/** A neutral head-and-shoulders placeholder, deliberately not a likeness. */
function renderPortrait(job: ImageJob): string {
  const { width: w, height: h } = job.image
  const s = Math.min(w, h) / 320
  const at = (value: number): string => num(value * s)
  return svgDocument(
    job.image,
    [
      gradient('bg', '#ece8e1', '#dcd6cc'),
      `<rect width="${w}" height="${h}" fill="url(#bg)"/>`,
      `<circle cx="${at(160)}" cy="${at(150)}" r="${at(124)}" fill="#e3ddd3"/>`,
      `<g fill="#8e949c">`,
      `<path d="M${at(136)} ${at(186)}h${at(48)}v${at(40)}h-${at(48)}z"/>`,
      `<path d="M${at(40)} ${h}C${at(40)} ${at(258)} ${at(92)} ${at(222)} ${at(160)} ${at(222)}S${at(280)} ${at(258)} ${at(280)} ${h}z"/>`,
      `<ellipse cx="${at(160)}" cy="${at(142)}" rx="${at(52)}" ry="${at(60)}"/>`,
      `</g>`,
      `<path d="M${at(134)} ${at(224)}l${at(26)} ${at(26)} ${at(26)}-${at(26)}" fill="none" stroke="#e3ddd3" stroke-width="${at(6)}" stroke-linecap="round" stroke-linejoin="round"/>`,
      '',
    ].join('\n'),
  )
}

/** A body image with no drawing of its own: the cover composition at its own size. */
function renderBodyImage(job: ImageJob): string {
  return renderCover(job)
}

function render(job: ImageJob): string {
  if (job.image.url === enterpriseNetworkUrl) return renderEnterpriseNetwork(job)
  if (job.image.url === portraitUrl) return renderPortrait(job)
  if (job.kind === 'avatar') return renderAvatar(job)
  if (job.kind === 'cover') return renderCover(job)
  return renderBodyImage(job)
}

/* ---------------------------------------------------------------- collecting the references */

function decodeEntities(text: string): string {
  return text.replace(
    /&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi,
    function decode(entity, code: string) {
      const lower = code.toLowerCase()
      if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16))
      if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)))
      const named: Record<string, string> = {
        amp: '&',
        lt: '<',
        gt: '>',
        quot: '"',
        apos: "'",
        nbsp: '\u00a0',
      }
      return named[lower] ?? entity
    },
  )
}

function bodyImages(article: SeedArticle): SeedImage[] {
  const images: SeedImage[] = []
  for (const [tag] of article.bodyHtml.matchAll(/<img\b[^>]*>/gi)) {
    const attributes = new Map<string, string>()
    for (const [, name = '', value = ''] of tag.matchAll(/\s([a-z-]+)\s*=\s*"([^"]*)"/gi)) {
      attributes.set(name.toLowerCase(), decodeEntities(value))
    }
    const url = attributes.get('src') ?? ''
    if (!url.startsWith('/images/')) continue
    const width = Number(attributes.get('width'))
    const height = Number(attributes.get('height'))
    if (!(width > 0 && height > 0))
      throw new Error(`${article.slug}: ${url} needs width and height attributes`)
    images.push({ url, alt: attributes.get('alt') ?? '', width, height })
  }
  return images
}

function collectJobs(articles: SeedArticle[], authors: SeedAuthor[]): ImageJob[] {
  const jobs: ImageJob[] = []
  for (const author of authors) {
    if (author.avatar) {
      jobs.push({
        kind: 'avatar',
        image: author.avatar,
        seed: author.slug,
        categorySlug: '',
        name: author.name,
      })
    }
  }
  for (const article of articles) {
    const { slug, categorySlug } = article
    if (article.cover) jobs.push({ kind: 'cover', image: article.cover, seed: slug, categorySlug, name: '' })
    for (const image of bodyImages(article)) {
      jobs.push({ kind: 'body', image, seed: `${slug}:${image.url}`, categorySlug, name: '' })
    }
  }
  const byUrl = new Map<string, ImageJob>()
  for (const job of jobs) {
    const { url, width, height } = job.image
    if (!/^\/images\/[a-z0-9][a-z0-9_/-]*\.svg$/.test(url) || url.includes('//')) {
      throw new Error(`Unexpected image url: ${url}`)
    }
    const seen = byUrl.get(url)
    if (seen && (seen.image.width !== width || seen.image.height !== height)) {
      throw new Error(`${url} is referenced with two different sizes`)
    }
    if (!seen) byUrl.set(url, job)
  }
  return [...byUrl.values()].sort((a, b) => (a.image.url < b.image.url ? -1 : 1))
}

async function listSvgFiles(directory: string): Promise<string[]> {
  try {
    const entries = await readdir(directory, { recursive: true })
    return entries.filter((entry) => entry.endsWith('.svg')).map((entry) => join(directory, entry))
  } catch {
    return []
  }
}

async function readIfPresent(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    return null
  }
}

async function main(): Promise<void> {
  const jobs = collectJobs([...seedArticles, isartaArticle], [...seedAuthors, isartaAuthor])
  let written = 0
  let largest = { url: '', bytes: 0 }
  for (const job of jobs) {
    const svg = render(job)
    const bytes = Buffer.byteLength(svg)
    if (bytes > maxBytes) throw new Error(`${job.image.url} is ${bytes} bytes (limit ${maxBytes})`)
    if (bytes > largest.bytes) largest = { url: job.image.url, bytes }
    const path = join(publicDir, ...job.image.url.split('/'))
    if ((await readIfPresent(path)) === svg) continue
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, svg)
    written += 1
  }
  const expected = new Set(jobs.map((job) => join(publicDir, ...job.image.url.split('/'))))
  const strays = (await listSvgFiles(imagesDir)).filter((path) => !expected.has(path))

  console.log(
    `generate-images: ${jobs.length} images referenced, ${written} written, ` +
      `${jobs.length - written} already up to date (largest: ${largest.url}, ${largest.bytes} bytes)`,
  )
  for (const path of strays) {
    console.warn(
      `generate-images: not referenced by the mock data: ${relative(publicDir, path).split(sep).join('/')}`,
    )
  }
}

await main()
