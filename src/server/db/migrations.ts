/**
 * Schema migrations, applied in order and recorded in PRAGMA user_version.
 * Append new steps; never edit one that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE regions (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    parent_code TEXT REFERENCES regions(code),
    city_index INTEGER NOT NULL
  );
  CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    parent_id INTEGER REFERENCES categories(id),
    level INTEGER NOT NULL,
    slug TEXT,
    position INTEGER NOT NULL,
    product_count INTEGER NOT NULL DEFAULT 0
  );
  CREATE TABLE brands (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
  );
  CREATE TABLE suppliers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    region_code TEXT NOT NULL REFERENCES regions(code),
    kind TEXT NOT NULL CHECK (kind IN ('manufacturer', 'reseller')),
    size TEXT NOT NULL CHECK (size IN ('large', 'medium', 'small', 'micro')),
    badges INTEGER NOT NULL,
    delivery_mask INTEGER NOT NULL,
    industry TEXT NOT NULL,
    product_count INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX suppliers_region ON suppliers(region_code);
  CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    brand_id INTEGER NOT NULL REFERENCES brands(id),
    model TEXT NOT NULL,
    category_id INTEGER NOT NULL REFERENCES categories(id),
    cat2_id INTEGER NOT NULL,
    cat1_id INTEGER NOT NULL,
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    region_code TEXT NOT NULL,
    price_fen INTEGER NOT NULL CHECK (price_fen > 0),
    reference_price_fen INTEGER NOT NULL CHECK (reference_price_fen >= price_fen),
    badges INTEGER NOT NULL,
    sales INTEGER NOT NULL,
    stock INTEGER NOT NULL CHECK (stock >= 0),
    unit TEXT NOT NULL,
    warranty_months INTEGER NOT NULL,
    delivery_mask INTEGER NOT NULL,
    image TEXT NOT NULL,
    specs TEXT NOT NULL,
    description TEXT NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE VIRTUAL TABLE product_search USING fts5(
    title, category, keywords, title_pinyin, category_pinyin,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
  );
  CREATE TABLE suggest_terms (
    term TEXT PRIMARY KEY,
    pinyin TEXT NOT NULL,
    initials TEXT NOT NULL,
    kind TEXT NOT NULL,
    weight INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX suggest_pinyin ON suggest_terms(pinyin);
  CREATE INDEX suggest_initials ON suggest_terms(initials);
  CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    region_code TEXT NOT NULL REFERENCES regions(code),
    invoice_title TEXT NOT NULL,
    tax_no TEXT NOT NULL
  );
  CREATE TABLE addresses (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    contact TEXT NOT NULL,
    phone TEXT NOT NULL,
    region_code TEXT NOT NULL REFERENCES regions(code),
    detail TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX addresses_unit ON addresses(unit_id);
  CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    unit_id INTEGER NOT NULL REFERENCES units(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    method TEXT NOT NULL,
    year INTEGER NOT NULL,
    budget_fen INTEGER NOT NULL CHECK (budget_fen >= 0),
    reserved_fen INTEGER NOT NULL DEFAULT 0 CHECK (reserved_fen >= 0),
    used_fen INTEGER NOT NULL DEFAULT 0 CHECK (used_fen >= 0),
    CHECK (reserved_fen + used_fen <= budget_fen)
  );
  CREATE INDEX plans_unit ON plans(unit_id);
  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('purchaser', 'supplier')),
    unit_id INTEGER REFERENCES units(id),
    supplier_id INTEGER REFERENCES suppliers(id),
    CHECK ((role = 'purchaser') = (unit_id IS NOT NULL)),
    CHECK ((role = 'supplier') = (supplier_id IS NOT NULL))
  );
  CREATE TABLE pavilions (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('city', 'county', 'theme')),
    region_code TEXT REFERENCES regions(code),
    badge_mask INTEGER NOT NULL DEFAULT 0,
    tagline TEXT NOT NULL,
    intro TEXT NOT NULL,
    position INTEGER NOT NULL,
    CHECK ((kind = 'theme') = (region_code IS NULL))
  );
  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  // Accounts and ordering: sessions, rate-limit counters and idempotency keys live here rather than in
  // process memory, so a second instance (or a restart) sees them. Orders keep snapshots of what was
  // bought, where to and at what price; order_events is the timeline and the feed that SSE replays by id.
  `
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
  `,
]

/**
 * Indexes on products, created after a bulk seed rather than maintained row by row during it.
 * Filtering, facets and sorting run on the in-memory ProductIndex, so few are needed.
 */
export const PRODUCT_INDEXES: readonly string[] = [
  'CREATE INDEX IF NOT EXISTS products_supplier ON products(supplier_id)',
]
