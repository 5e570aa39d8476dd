import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, posix, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

export interface BundleSize {
  jsGzipBytes: number
  cssGzipBytes: number
  /** The eagerly loaded files, relative to distDir, in discovery order. */
  files: string[]
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1]

/** Static `import … from "x"`, `import "x"` and `export … from "x"`; dynamic `import("x")` is lazy. */
const STATIC_IMPORT = /\bimport\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+)["']|\bexport\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*["']([^"']+)["']/g

function toDistPath(url: string, fromFile: string | null): string | null {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return null
  const clean = url.split(/[?#]/)[0] ?? url
  if (clean.startsWith('/')) return clean.slice(1)
  return posix.normalize(posix.join(fromFile ? posix.dirname(fromFile) : '', clean))
}

/**
 * What dist/index.html makes the browser fetch before any route code runs: the entry script,
 * everything it imports statically (which Vite also lists as modulepreload), and the stylesheets.
 * Sizes are gzip level 9, the way a server with compression would send them.
 */
export function initialBundleSize(distDir: string): BundleSize {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const js: string[] = []
  const css: string[] = []
  const queue: string[] = []
  const add = (list: string[], file: string | null): void => {
    if (file && !list.includes(file) && existsSync(join(distDir, file))) {
      list.push(file)
      if (list === js) queue.push(file)
    }
  }

  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const rel = attr(tag, 'rel')?.toLowerCase()
    if (tag.toLowerCase().startsWith('<script') && attr(tag, 'type') === 'module') add(js, toDistPath(attr(tag, 'src') ?? '', null))
    else if (rel === 'modulepreload') add(js, toDistPath(attr(tag, 'href') ?? '', null))
    else if (rel === 'stylesheet') add(css, toDistPath(attr(tag, 'href') ?? '', null))
  }
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const code = readFileSync(join(distDir, file), 'utf8')
    for (const m of code.matchAll(STATIC_IMPORT)) add(js, toDistPath(m[1] ?? m[2] ?? '', file))
  }

  const gz = (files: string[]): number =>
    files.reduce((sum, f) => sum + gzipSync(readFileSync(join(distDir, f)), { level: 9 }).length, 0)
  return { jsGzipBytes: gz(js), cssGzipBytes: gz(css), files: [...js, ...css] }
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
  const distDir = process.argv[2] ?? join(root, 'dist')
  const size = initialBundleSize(distDir)
  const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`
  console.table(
    size.files.map((f) => ({ file: f, gzip: kb(gzipSync(readFileSync(join(distDir, f)), { level: 9 }).length) })),
  )
  console.log(`initial JS  ${kb(size.jsGzipBytes)} gzip (budget 60 kB)`)
  console.log(`initial CSS ${kb(size.cssGzipBytes)} gzip (budget 12 kB)`)
  console.log(`dist: ${relative(process.cwd(), distDir) || '.'}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
