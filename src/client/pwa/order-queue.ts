import { openDB, type DBSchema, type IDBPDatabase } from 'idb'

/**
 * Orders tapped while offline, waiting in IndexedDB under their idempotency key until they can be
 * sent. The page and the service worker (Background Sync) both replay this queue, so the module
 * uses nothing but IndexedDB: no DOM, no Vue. The server's idempotency key makes a second send of
 * the same entry harmless; the 'sending' state and the in-memory flag keep that from happening in
 * the first place.
 */
export interface QueuedOrder {
  /** The Idempotency-Key the order is sent with, and the entry's key in the store. */
  key: string
  productId: number
  quantity: number
  /** The price the purchaser saw when tapping; the server re-checks it (PRICE_CHANGED). */
  expectedPriceFen: number
  planId?: number
  title: string
  image: string
  /** Epoch milliseconds of the tap. */
  createdAt: number
  state: 'waiting' | 'sending'
  /** When a replay claimed the entry; a claim this old is from a context that died mid-send. */
  sendingAt?: number
}

export type NewQueuedOrder = Omit<QueuedOrder, 'state' | 'sendingAt'>

/** 'placed': 201; 'rejected': any other definite answer (4xx); 'network': no answer, keep it. */
export type SendOutcome = 'placed' | 'rejected' | 'network'

export interface ReplayReport {
  entry: QueuedOrder
  outcome: SendOutcome
}

export const QUEUE_DB = 'yuncai'
export const QUEUE_STORE = 'order-queue'
const DB_VERSION = 1
/** A send takes seconds at most (the HTTP client times out at 15 s); older claims are stale. */
const STALE_CLAIM_MS = 60_000

interface QueueDb extends DBSchema {
  'order-queue': { key: string; value: QueuedOrder }
}

let opening: Promise<IDBPDatabase<QueueDb>> | null = null

function db(): Promise<IDBPDatabase<QueueDb>> {
  opening ??= openDB<QueueDb>(QUEUE_DB, DB_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains(QUEUE_STORE)) database.createObjectStore(QUEUE_STORE, { keyPath: 'key' })
    },
    // Another context upgrading the database needs this connection closed; reopen on next use.
    blocking() {
      void opening?.then((d) => d.close())
      opening = null
    },
  })
  return opening
}

/** Stores an order to be sent later. Enqueuing the same key again keeps the first entry. */
export async function enqueue(entry: NewQueuedOrder): Promise<void> {
  const tx = (await db()).transaction(QUEUE_STORE, 'readwrite')
  if (!(await tx.store.get(entry.key))) await tx.store.put({ ...entry, state: 'waiting' })
  await tx.done
}

/** Every queued order, oldest first. */
export async function list(): Promise<QueuedOrder[]> {
  const all = await (await db()).getAll(QUEUE_STORE)
  return all.sort((a, b) => a.createdAt - b.createdAt)
}

/**
 * Removes an entry (the purchaser cancelled it). An entry being sent cannot be taken back: the
 * server may already have it; false says so.
 */
export async function remove(key: string): Promise<boolean> {
  const tx = (await db()).transaction(QUEUE_STORE, 'readwrite')
  const entry = await tx.store.get(key)
  const removable = entry?.state === 'waiting'
  if (removable) await tx.store.delete(key)
  await tx.done
  return removable
}

/**
 * Claims a waiting entry for sending inside one readwrite transaction. IndexedDB runs overlapping
 * readwrite transactions one after another, across tabs and the service worker alike, so two
 * replays can never both claim the same entry.
 */
async function claim(key: string, now: number): Promise<QueuedOrder | undefined> {
  const tx = (await db()).transaction(QUEUE_STORE, 'readwrite')
  const entry = await tx.store.get(key)
  const free = entry && (entry.state === 'waiting' || now - (entry.sendingAt ?? 0) > STALE_CLAIM_MS)
  const claimed = free ? { ...entry, state: 'sending' as const, sendingAt: now } : undefined
  if (claimed) await tx.store.put(claimed)
  await tx.done
  return claimed
}

async function release(key: string): Promise<void> {
  const tx = (await db()).transaction(QUEUE_STORE, 'readwrite')
  const entry = await tx.store.get(key)
  if (entry) await tx.store.put({ ...entry, state: 'waiting', sendingAt: undefined })
  await tx.done
}

let running: Promise<ReplayReport[]> | null = null

async function replayOnce(send: (entry: QueuedOrder) => Promise<SendOutcome>): Promise<ReplayReport[]> {
  const reports: ReplayReport[] = []
  for (const { key } of await list()) {
    const entry = await claim(key, Date.now())
    if (!entry) continue
    let outcome: SendOutcome
    try {
      outcome = await send(entry)
    } catch {
      // A sender that throws did not get a definite answer either.
      outcome = 'network'
    }
    if (outcome === 'network') await release(key)
    else await (await db()).delete(QUEUE_STORE, key)
    reports.push({ entry, outcome })
  }
  return reports
}

/**
 * Sends each waiting entry once, oldest first, and reports what happened to each. An entry stays
 * queued when there was no answer and is removed on a definite one. A call made while a replay in
 * this context is still running shares that replay instead of starting a second one.
 */
export function replay(send: (entry: QueuedOrder) => Promise<SendOutcome>): Promise<ReplayReport[]> {
  running ??= replayOnce(send).finally(() => {
    running = null
  })
  return running
}

/** The Background Sync tag the page registers after enqueuing; the service worker replays on it. */
export const SYNC_TAG = 'order-queue'
