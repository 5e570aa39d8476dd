import { parseSeedScale, type SeedScale } from './seed/scale.ts'

export interface Config {
  port: number
  host: string
  databaseUrl: string
  seedScale: SeedScale
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env['PORT'] ?? 8080)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, not "${env['PORT']}"`)
  return {
    port,
    host: env['HOST'] ?? '127.0.0.1',
    databaseUrl: env['DATABASE_URL'] ?? 'file:data/mall.sqlite',
    seedScale: parseSeedScale(env['SEED_SCALE']),
  }
}
