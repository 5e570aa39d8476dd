import type { FastifyInstance } from 'fastify'
import fastifyStatic from '@fastify/static'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const notFound = { error: { code: 'NOT_FOUND', message: '请求的资源不存在' } }
const PAVILION_PAGE = /^\/pavilions\/([a-z0-9-]{1,40})$/

/**
 * What a page will ask for first, as a Link header on its HTML: the browser starts fetching while it
 * is still loading the app's code. A pavilion's banner (its largest paint) and its data follow from
 * the id in the address.
 */
function preloadHints(path: string): string | undefined {
  const pavilion = PAVILION_PAGE.exec(path)?.[1]
  if (!pavilion) return undefined
  return [
    `</images/pavilions/${pavilion}.svg>; rel=preload; as=image; fetchpriority=high`,
    `</api/pavilions/${pavilion}>; rel=preload; as=fetch; crossorigin=anonymous`,
  ].join(', ')
}

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
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api/') && !/\.[a-z0-9]+$/i.test(path)
    if (hasClient && isPage) {
      const hints = preloadHints(path)
      if (hints) reply.header('link', hints)
      return reply.sendFile('index.html')
    }
    return reply.code(404).send(notFound)
  })
}
