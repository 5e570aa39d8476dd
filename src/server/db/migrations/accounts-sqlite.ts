/** Migration 2 on SQLite: sessions, rate limits, orders, their timeline and idempotency keys. */
export const ACCOUNTS_SQLITE = `
  -- Logins match usernames case-insensitively (phone keyboards capitalise); this keeps that an index lookup.
  CREATE UNIQUE INDEX users_username_nocase ON users(username COLLATE NOCASE);
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX sessions_expires ON sessions(expires_at);
  CREATE INDEX sessions_user ON sessions(user_id);
  CREATE TABLE rate_limits (
    key TEXT PRIMARY KEY,
    hits INTEGER NOT NULL,
    reset_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX rate_limits_reset ON rate_limits(reset_at);
  CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'shipped', 'received', 'accepted', 'rejected', 'withdrawn')),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    product_id INTEGER NOT NULL REFERENCES products(id),
    product_title TEXT NOT NULL,
    product_image TEXT NOT NULL,
    product_model TEXT NOT NULL,
    product_unit TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 9999),
    unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen > 0),
    total_fen INTEGER NOT NULL CHECK (total_fen = unit_price_fen * quantity),
    plan_id INTEGER NOT NULL REFERENCES plans(id),
    address_contact TEXT NOT NULL,
    address_phone TEXT NOT NULL,
    address_region_code TEXT NOT NULL REFERENCES regions(code),
    address_detail TEXT NOT NULL,
    invoice_title TEXT NOT NULL,
    reject_reason TEXT,
    carrier TEXT,
    tracking_no TEXT,
    rating_score INTEGER CHECK (rating_score BETWEEN 1 AND 5),
    rating_comment TEXT,
    rated_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX orders_unit ON orders(unit_id);
  CREATE INDEX orders_supplier ON orders(supplier_id);
  -- Event ids only ever grow (events are never deleted), which is what Last-Event-ID needs; AUTOINCREMENT
  -- would add a sqlite_sequence write to every order step for a guarantee that is not needed.
  CREATE TABLE order_events (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    unit_id INTEGER NOT NULL,
    supplier_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    status TEXT NOT NULL,
    actor_user_id INTEGER NOT NULL,
    at INTEGER NOT NULL,
    note TEXT
  );
  CREATE INDEX order_events_order ON order_events(order_id);
  CREATE INDEX order_events_unit ON order_events(unit_id);
  CREATE INDEX order_events_supplier ON order_events(supplier_id);
  CREATE TABLE idempotency_keys (
    user_id INTEGER NOT NULL REFERENCES users(id),
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    order_id INTEGER NOT NULL REFERENCES orders(id),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, key)
  ) WITHOUT ROWID;
  `
