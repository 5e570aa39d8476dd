import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT_DIR = fileURLToPath(new URL('../..', import.meta.url))
export const DIST_DIR = join(ROOT_DIR, 'dist')

const SOURCES = ['src/client', 'src/shared', 'src/sw', 'public', 'index.html', 'vite.config.ts']

function newestChange(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)))
  return newest
}

/** Builds the client with Vite when there is no build yet, or a client source changed after it. */
export function ensureClientBuild(log: (line: string) => void = () => {}): void {
  const index = join(DIST_DIR, 'index.html')
  const built = existsSync(index) ? statSync(index).mtimeMs : 0
  const stale = SOURCES.map((s) => join(ROOT_DIR, s)).some((p) => existsSync(p) && newestChange(p) > built)
  if (!stale) return
  log('Building the client …')
  const result = spawnSync(process.execPath, [join(ROOT_DIR, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: ROOT_DIR,
    stdio: 'inherit',
    // Under a test runner NODE_ENV is 'test', which would ship Vue's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) throw new Error('The client build failed')
}
