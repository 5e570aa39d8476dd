import { request, type IncomingHttpHeaders, type IncomingMessage } from 'node:http'
import { figures } from './figures.ts'

export interface StreamEvent {
  id: string
  event: string
  data: Record<string, unknown>
}

/** An open /api/events connection that collects what arrives. */
export interface Stream {
  status: number
  headers: IncomingHttpHeaders
  events: StreamEvent[]
  /** Resolves with the first event that matches, already arrived or still to come. */
  waitFor(predicate: (e: StreamEvent) => boolean): Promise<StreamEvent>
  close(): void
}

/** Opens the event stream as a browser's EventSource would (with Last-Event-ID when reconnecting). */
export function openStream(base: string, cookie: string, lastEventId?: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const events: StreamEvent[] = []
    const waiters: { predicate: (e: StreamEvent) => boolean; done: (e: StreamEvent) => void }[] = []
    const headers = {
      cookie,
      accept: 'text/event-stream',
      ...(lastEventId !== undefined && { 'last-event-id': lastEventId }),
    }
    const req = request(`${base}/api/events`, { headers }, (res: IncomingMessage) => {
      figures.requests++
      if ((res.statusCode ?? 0) >= 500) figures.status5xx++
      let buffer = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        buffer += chunk
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const field = (name: string) =>
            block
              .split('\n')
              .find((l) => l.startsWith(`${name}:`))
              ?.slice(name.length + 1)
              .trim()
          const data = field('data')
          if (data === undefined) continue
          const event = {
            id: field('id') ?? '',
            event: field('event') ?? 'message',
            data: JSON.parse(data) as Record<string, unknown>,
          }
          events.push(event)
          for (const w of waiters.filter((w) => w.predicate(event))) w.done(event)
        }
      })
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        events,
        waitFor(predicate) {
          const seen = events.find(predicate)
          if (seen) return Promise.resolve(seen)
          return new Promise((done, fail) => {
            // A guard against hanging forever, not a timing assertion: the event comes at once or never.
            const timer = setTimeout(() => fail(new Error('the expected event never arrived')), 15_000)
            waiters.push({ predicate, done: (e) => (clearTimeout(timer), done(e)) })
          })
        },
        close: () => req.destroy(),
      })
    })
    req.on('error', reject)
    req.end()
  })
}
