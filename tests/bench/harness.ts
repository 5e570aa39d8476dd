import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'

export interface Server {
  url: string
  process: ChildProcess
  stop(): Promise<void>
}

/** Starts tests/bench/serve.ts in its own process and resolves once it listens. */
export function startServer(env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/serve.ts'], {
    env: { ...process.env, ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error('server did not start in 120 s')), 120_000)
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /listening (\S+)/.exec(out)
      if (!match) return
      clearTimeout(timer)
      resolve({
        url: match[1] as string,
        process: child,
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit')
            child.once('exit', () => done())
            child.kill('SIGTERM')
          }),
      })
    })
  })
}

/** Resident and peak memory of a process, in MB. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0)
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 }
}

export interface LoadResult {
  name: string
  requests: number
  rps: number
  p50: number
  p95: number
  p99: number
  non2xx: number
  errors: number
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number
}

/** GET `paths` in turn, as `loadRequests` does. */
export function load(name: string, baseUrl: string | readonly string[], paths: string[], seconds: number, connections = 50): Promise<LoadResult> {
  // Like a phone's browser, ask for compressed responses.
  const headers = { 'accept-encoding': 'gzip, deflate, br' }
  return loadRequests(name, baseUrl, paths.map((path) => ({ method: 'GET', path, headers })), seconds, connections)
}

export function printTable(rows: Record<string, string | number>[]): void {
  if (rows.length === 0) return
  const headers = Object.keys(rows[0] as object)
  const cells = rows.map((r) => headers.map((h) => String(r[h] ?? '')))
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)))
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i] ?? 0)).join('  ')
  console.log(line(headers))
  console.log(line(widths.map((w) => '-'.repeat(w))))
  for (const c of cells) console.log(line(c))
}

/**
 * Loads a server with autocannon: `connections` clients, each cycling through `requests` for `seconds`.
 * A request may carry a method, headers, a body and a `setupRequest` that rewrites it each time (a fresh
 * Idempotency-Key, say). Given several base URLs (app instances behind a load balancer), the
 * connections are split evenly between them. Latencies are recorded per response so p95 is exact
 * (autocannon's own summary has no p95).
 */
export async function loadRequests(
  name: string,
  baseUrl: string | readonly string[],
  requests: autocannon.Request[],
  seconds: number,
  connections = 50,
): Promise<LoadResult> {
  const urls = typeof baseUrl === 'string' ? [baseUrl] : baseUrl
  const latencies: number[] = []
  let non2xx = 0
  const results = await Promise.all(
    urls.map(
      (url) =>
        new Promise<autocannon.Result>((resolve, reject) => {
          const share = Math.max(1, Math.round(connections / urls.length))
          const instance = autocannon({ url, connections: share, duration: seconds, requests }, (err, res) => (err ? reject(err) : resolve(res)))
          instance.on('response', (_client, status, _bytes, ms) => {
            latencies.push(ms)
            if (status < 200 || status >= 300) non2xx++
          })
        }),
    ),
  )
  latencies.sort((a, b) => a - b)
  return {
    name,
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    non2xx,
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts, 0),
  }
}
