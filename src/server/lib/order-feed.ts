import type { Sql, SqlDatabase } from '../db/sql.ts'

/** One change to an order, as the timeline stored it; `id` is the SSE event id. */
export interface FeedEvent {
  id: number
  orderId: number
  unitId: number
  supplierId: number
  action: string
  status: string
  at: number
}

/** Who listens: a purchasing unit or a supplier, each seeing only its own orders. */
export type Party = { unitId: number } | { supplierId: number }

type Listener = (event: FeedEvent) => void

/** Order changes, one JSON FeedEvent per notification. */
export const ORDER_CHANNEL = 'order_events'
/** Products whose catalogue entry an order change moved (sold out, back in stock, sales), by id. */
export const CATALOGUE_CHANNEL = 'catalogue_changed'

const COLUMNS = 'id, order_id AS "orderId", unit_id AS "unitId", supplier_id AS "supplierId", action, status, at'
const BATCH = 1000
const REPLAY_LIMIT = 500

const keyOf = (party: Party): string => ('unitId' in party ? `u:${party.unitId}` : `s:${party.supplierId}`)

/** Sent inside the transaction that stored the event: it goes out only if that commits. */
export async function announce(tx: Sql, event: FeedEvent & { productId: number }, catalogueChanged: boolean): Promise<void> {
  const { productId, ...feedEvent } = event
  await tx.notify(ORDER_CHANNEL, JSON.stringify(feedEvent))
  if (catalogueChanged) await tx.notify(CATALOGUE_CHANNEL, String(productId))
}

/**
 * Order changes for live clients. Every change is stored in order_events in its own transaction,
 * so the table is the truth and a reconnecting client replays what it missed from it by id.
 *
 * Live delivery differs by engine. On PostgreSQL each change is a NOTIFY sent as its transaction
 * commits, so every app instance hears every committed change from whichever instance made it (ids
 * from concurrent transactions may arrive out of order; nothing here assumes they do not). SQLite has
 * no notifications between processes: the table is polled (and polled at once when this process
 * commits), and one writer at a time keeps its ids in commit order.
 */
export class OrderFeed {
  private readonly listeners = new Map<string, Set<Listener>>()
  private lastId = 0
  private timer: NodeJS.Timeout | undefined
  private stopListening: Promise<() => Promise<void>> | undefined
  private polling: Promise<void> | undefined
  private pollAgain = false

  constructor(
    private readonly sql: SqlDatabase,
    private readonly pollMs = 1000,
  ) {}

  async currentId(): Promise<number> {
    return (await this.sql.get<{ id: number }>('SELECT coalesce(max(id), 0) AS id FROM order_events'))?.id ?? 0
  }

  /** Events for a party after an id, oldest first: what a reconnecting client missed. */
  since(party: Party, afterId: number): Promise<FeedEvent[]> {
    const column = 'unitId' in party ? 'unit_id' : 'supplier_id'
    const id = 'unitId' in party ? party.unitId : party.supplierId
    return this.sql.all<FeedEvent>(`SELECT ${COLUMNS} FROM order_events WHERE id > ? AND ${column} = ? ORDER BY id LIMIT ?`, [
      afterId,
      id,
      REPLAY_LIMIT,
    ])
  }

  /** Starts delivering to the listener; resolves once live events are flowing to it. */
  async subscribe(party: Party, listener: Listener): Promise<() => void> {
    const key = keyOf(party)
    let set = this.listeners.get(key)
    if (!set) this.listeners.set(key, (set = new Set()))
    set.add(listener)
    await this.start()
    return () => {
      set.delete(listener)
      if (set.size === 0) this.listeners.delete(key)
      if (this.listeners.size === 0) this.stop()
    }
  }

  private async start(): Promise<void> {
    if (this.sql.engine === 'postgres') {
      this.stopListening ??= this.sql.listen(ORDER_CHANNEL, (payload) => this.deliver(JSON.parse(payload) as FeedEvent))
      await this.stopListening
    } else if (!this.timer) {
      this.timer = setInterval(() => this.poll(), this.pollMs).unref()
      // Nobody listened until now: start from the present, not from a backlog.
      this.lastId = Number.MAX_SAFE_INTEGER
      this.lastId = await this.currentId()
    }
  }

  private deliver(event: FeedEvent): void {
    for (const key of [`u:${event.unitId}`, `s:${event.supplierId}`]) {
      for (const listener of this.listeners.get(key) ?? []) listener(event)
    }
  }

  /** Delivers new events now (SQLite); called after this process commits an order change. */
  poll(): void {
    if (!this.timer) return
    if (this.polling) this.pollAgain = true
    else this.polling = this.pollUntilCurrent()
  }

  private async pollUntilCurrent(): Promise<void> {
    try {
      do {
        this.pollAgain = false
        await this.drain()
      } while (this.pollAgain)
    } catch {
      // The next poll tries again.
    } finally {
      this.polling = undefined
    }
  }

  private async drain(): Promise<void> {
    for (;;) {
      const events = await this.sql.all<FeedEvent>(`SELECT ${COLUMNS} FROM order_events WHERE id > ? ORDER BY id LIMIT ?`, [this.lastId, BATCH])
      for (const event of events) {
        this.lastId = event.id
        this.deliver(event)
      }
      if (events.length < BATCH) return
    }
  }

  stop(): void {
    clearInterval(this.timer)
    this.timer = undefined
    const stopping = this.stopListening
    this.stopListening = undefined
    void stopping?.then((unlisten) => unlisten())
  }
}
