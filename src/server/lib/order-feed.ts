import { stmt, type Db } from '../db/database.ts'

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

const COLUMNS = 'id, order_id AS orderId, unit_id AS unitId, supplier_id AS supplierId, action, status, at'
const BATCH = 1000
const REPLAY_LIMIT = 500

const keyOf = (party: Party): string => ('unitId' in party ? `u:${party.unitId}` : `s:${party.supplierId}`)

/**
 * Order changes for live clients, read from order_events, the table every order change writes in
 * the same transaction. Polling the table (and polling at once when this process commits) makes
 * the database the only channel: an order placed through another process reaches listeners here
 * too, and a reconnecting client replays by id what it missed.
 */
export class OrderFeed {
  private readonly listeners = new Map<string, Set<Listener>>()
  private lastId: number
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly db: Db,
    private readonly pollMs = 1000,
  ) {
    this.lastId = this.currentId()
  }

  currentId(): number {
    return (stmt(this.db, 'SELECT coalesce(max(id), 0) AS id FROM order_events').get() as { id: number }).id
  }

  /** Events for a party after an id, oldest first: what a reconnecting client missed. */
  since(party: Party, afterId: number): FeedEvent[] {
    const column = 'unitId' in party ? 'unit_id' : 'supplier_id'
    const id = 'unitId' in party ? party.unitId : party.supplierId
    return stmt(this.db, `SELECT ${COLUMNS} FROM order_events WHERE id > ? AND ${column} = ? ORDER BY id LIMIT ?`).all(
      afterId,
      id,
      REPLAY_LIMIT,
    ) as FeedEvent[]
  }

  subscribe(party: Party, listener: Listener): () => void {
    const key = keyOf(party)
    let set = this.listeners.get(key)
    if (!set) this.listeners.set(key, (set = new Set()))
    set.add(listener)
    if (!this.timer) {
      // Nobody listened until now: start from the present, not from a backlog.
      this.lastId = this.currentId()
      this.timer = setInterval(() => this.poll(), this.pollMs).unref()
    }
    return () => {
      set.delete(listener)
      if (set.size === 0) this.listeners.delete(key)
      if (this.listeners.size === 0) this.stop()
    }
  }

  /** Delivers new events now; called after this process commits an order change. */
  poll(): void {
    for (;;) {
      const events = stmt(this.db, `SELECT ${COLUMNS} FROM order_events WHERE id > ? ORDER BY id LIMIT ?`).all(
        this.lastId,
        BATCH,
      ) as FeedEvent[]
      for (const event of events) {
        this.lastId = event.id
        for (const key of [`u:${event.unitId}`, `s:${event.supplierId}`]) {
          for (const listener of this.listeners.get(key) ?? []) listener(event)
        }
      }
      if (events.length < BATCH) return
    }
  }

  stop(): void {
    clearInterval(this.timer)
    this.timer = undefined
  }
}
