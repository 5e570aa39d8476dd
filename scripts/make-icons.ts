/**
 * Draws the app icons into public/icons/ from the same shapes as public/favicon.svg (a white
 * basket on the brand red), with no image library: signed distances give anti-aliased edges and
 * node:zlib does the PNG compression. Run after changing the mark:
 *   node --import tsx scripts/make-icons.ts
 */
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { encodePng } from './png.ts'

type Point = readonly [number, number]

const RED: Point3 = [0xd9, 0x25, 0x1c]
type Point3 = readonly [number, number, number]

const length = (x: number, y: number): number => Math.hypot(x, y)

function segment(p: Point, a: Point, b: Point): number {
  const [px, py] = [p[0] - a[0], p[1] - a[1]]
  const [bx, by] = [b[0] - a[0], b[1] - a[1]]
  const t = Math.max(0, Math.min(1, (px * bx + py * by) / (bx * bx + by * by)))
  return length(px - bx * t, py - by * t)
}

/** Distance from p to the white mark, in the favicon's 64-unit space (negative inside). */
function mark(p: Point): number {
  const basket: Point[] = [[16, 22], [48, 22], [45, 42], [19, 42]]
  const rim = Math.min(...basket.map((a, i) => segment(p, a, basket[(i + 1) % basket.length] as Point))) - 2
  const [dx, dy] = [p[0] - 32, p[1] - 22]
  const handle = dy <= 0 ? Math.abs(length(dx, dy) - 8) - 2 : Infinity
  const wheels = Math.min(length(p[0] - 24, p[1] - 49), length(p[0] - 40, p[1] - 49)) - 3
  return Math.min(rim, handle, wheels)
}

/** Distance to a rounded square of side 64 and corner radius r (negative inside). */
function tile(p: Point, r: number): number {
  const qx = Math.abs(p[0] - 32) - 32 + r
  const qy = Math.abs(p[1] - 32) - 32 + r
  return length(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r
}

interface IconSpec {
  file: string
  size: number
  /** Rounded corners and transparency outside them; maskable and Apple icons are full-bleed. */
  rounded: boolean
  /** How large the mark is relative to the favicon; maskable icons keep it inside the safe circle. */
  scale: number
}

function draw({ size, rounded, scale }: IconSpec): Uint8Array {
  const rgba = new Uint8Array(size * size * 4)
  const unit = 64 / size
  // One pixel is `unit` design units wide: coverage is the signed distance measured in pixels.
  const cover = (distance: number, perUnit: number): number => Math.max(0, Math.min(1, 0.5 - distance / perUnit))
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const p: Point = [(x + 0.5) * unit, (y + 0.5) * unit]
      const inMark: Point = [32 + (p[0] - 32) / scale, 32 + (p[1] - 32) / scale]
      const white = cover(mark(inMark), unit / scale)
      const alpha = rounded ? cover(tile(p, 14), unit) : 1
      const i = (y * size + x) * 4
      for (let c = 0; c < 3; c++) rgba[i + c] = Math.round((RED[c] as number) * (1 - white) + 255 * white)
      rgba[i + 3] = Math.round(alpha * 255)
    }
  }
  return rgba
}

const ICONS: IconSpec[] = [
  { file: 'icon-192.png', size: 192, rounded: true, scale: 1 },
  { file: 'icon-512.png', size: 512, rounded: true, scale: 1 },
  // The maskable safe zone is the centre circle of 80% diameter; the mark spans ±20 units at scale 1.
  { file: 'maskable-512.png', size: 512, rounded: false, scale: 0.72 },
  { file: 'apple-touch-icon.png', size: 180, rounded: false, scale: 0.8 },
]

const out = fileURLToPath(new URL('../public/icons/', import.meta.url))
for (const spec of ICONS) {
  writeFileSync(out + spec.file, encodePng(spec.size, spec.size, draw(spec)))
  console.log(`public/icons/${spec.file}`)
}
