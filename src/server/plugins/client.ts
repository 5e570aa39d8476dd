import type { FastifyInstance } from 'fastify'
import fastifyStatic from '@fastify/static'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const notFound = { error: { code: 'NOT_FOUND', message: '请求的资源不存在' } }

/**
 * Serves the built PWA when there is one. Hashed assets are immutable; sw.js, the manifest and
 * index.html are revalidated every time so a new release is picked up at once. Any other GET outside
 * /api is a client route (history mode) and gets index.html; everything else is a JSON 404.
 */
export async function registerClient(app: FastifyInstance, distDir: string): Promise<void> {
  const hasClient = existsSync(join(distDir, 'index.html'))
  if (hasClient) {
    await app.register(fastifyStatic, {
      root: distDir,
      index: false,
      // The build writes .br and .gz beside each asset: serve those, compressing nothing per request.
      preCompressed: true,
      setHeaders(reply, path) {
        const immutable = /[\\/]assets[\\/]/.test(path)
        reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      },
    })
    app.get('/', (_request, reply) => reply.sendFile('index.html'))
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    const isPage = request.method === 'GET' && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path)
    if (hasClient && isPage) return reply.sendFile('index.html')
    return reply.code(404).send(notFound)
  })
}
