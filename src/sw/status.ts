import type { CacheStatus, WorkerMessage } from '../client/pwa/protocol.ts'

declare const self: ServiceWorkerGlobalScope

/**
 * What each open page was answered from, per URL. A page loads its PWA code after its first data
 * requests, so it asks for this list once (yc:cache-status?) and then hears each change as it
 * happens. Kept in memory: it only matters while the page that made the requests is open.
 */
const byClient = new Map<string, Map<string, CacheStatus>>()
const MAX_CLIENTS = 20

async function post(clientId: string, message: WorkerMessage): Promise<void> {
  const client = await self.clients.get(clientId)
  client?.postMessage(message)
}

/** Remembers how a page's request was answered and tells that page. */
export function record(clientId: string, status: CacheStatus): Promise<void> {
  let statuses = byClient.get(clientId)
  if (!statuses) {
    statuses = new Map()
    byClient.set(clientId, statuses)
    // Oldest first in a Map: drop the pages opened longest ago.
    for (const id of byClient.keys()) if (byClient.size > MAX_CLIENTS) byClient.delete(id)
  }
  statuses.set(status.url, status)
  return post(clientId, { type: 'yc:cache-status', statuses: [status] })
}

/** Everything recorded for one page, for the page that has just started listening. */
export function replay(clientId: string): Promise<void> {
  const statuses = [...(byClient.get(clientId)?.values() ?? [])]
  return post(clientId, { type: 'yc:cache-status', statuses })
}
