/**
 * Schema migrations for both storage engines, applied in order: each step as SQLite runs it (recorded in
 * PRAGMA user_version) and as PostgreSQL runs it (recorded in schema_version). The two describe the same
 * tables, columns and constraints. Append new steps; never edit one that has shipped.
 */
export interface Migration {
  sqlite: string
  postgres: string
}

export const MIGRATIONS: readonly Migration[] = [
  {
    sqlite: `
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
    postgres: `
  -- The same tables, columns and checks as the SQLite schema. Ids the seed assigns stay plain integers;
  -- money in fen and epoch timestamps are bigint; 0/1 flags stay integer so repository SQL is shared.
  -- Text compares by code point in SQLite; keys that are range-scanned by prefix keep that with COLLATE "C".
  CREATE TABLE regions (
    code text PRIMARY KEY,
    name text NOT NULL,
    parent_code text REFERENCES regions(code),
    city_index integer NOT NULL
  );
  CREATE TABLE categories (
    id integer PRIMARY KEY,
    name text NOT NULL,
    parent_id integer REFERENCES categories(id),
    level integer NOT NULL,
    slug text,
    position integer NOT NULL,
    product_count integer NOT NULL DEFAULT 0
  );
  CREATE TABLE brands (
    id integer PRIMARY KEY,
    name text NOT NULL UNIQUE
  );
  CREATE TABLE suppliers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    region_code text NOT NULL REFERENCES regions(code),
    kind text NOT NULL CHECK (kind IN ('manufacturer', 'reseller')),
    size text NOT NULL CHECK (size IN ('large', 'medium', 'small', 'micro')),
    badges integer NOT NULL,
    delivery_mask integer NOT NULL,
    industry text NOT NULL,
    product_count integer NOT NULL DEFAULT 0
  );
  CREATE INDEX suppliers_region ON suppliers(region_code);
  CREATE TABLE products (
    id integer PRIMARY KEY,
    title text NOT NULL,
    brand_id integer NOT NULL REFERENCES brands(id),
    model text NOT NULL,
    category_id integer NOT NULL REFERENCES categories(id),
    cat2_id integer NOT NULL,
    cat1_id integer NOT NULL,
    supplier_id integer NOT NULL REFERENCES suppliers(id),
    region_code text NOT NULL,
    price_fen bigint NOT NULL CHECK (price_fen > 0),
    reference_price_fen bigint NOT NULL CHECK (reference_price_fen >= price_fen),
    badges integer NOT NULL,
    sales integer NOT NULL,
    stock integer NOT NULL CHECK (stock >= 0),
    unit text NOT NULL,
    warranty_months integer NOT NULL,
    delivery_mask integer NOT NULL,
    image text NOT NULL,
    specs text NOT NULL,
    description text NOT NULL,
    created_at bigint NOT NULL
  );
  -- In place of the FTS5 table: one pre-tokenized document per product (see postgres/search-doc.ts).
  -- Weights: A category names and their pinyin, B the title and its pinyin, C brand, model and aliases.
  -- Its GIN index is one of PRODUCT_INDEXES, built after a bulk seed.
  CREATE TABLE product_search (
    product_id integer PRIMARY KEY REFERENCES products(id),
    doc tsvector NOT NULL
  );
  CREATE TABLE suggest_terms (
    term text COLLATE "C" PRIMARY KEY,
    pinyin text COLLATE "C" NOT NULL,
    initials text COLLATE "C" NOT NULL,
    kind text NOT NULL,
    weight integer NOT NULL
  );
  CREATE INDEX suggest_pinyin ON suggest_terms(pinyin);
  CREATE INDEX suggest_initials ON suggest_terms(initials);
  CREATE TABLE units (
    id integer PRIMARY KEY,
    name text NOT NULL,
    kind text NOT NULL,
    region_code text NOT NULL REFERENCES regions(code),
    invoice_title text NOT NULL,
    tax_no text NOT NULL
  );
  CREATE TABLE addresses (
    id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    unit_id integer NOT NULL REFERENCES units(id),
    contact text NOT NULL,
    phone text NOT NULL,
    region_code text NOT NULL REFERENCES regions(code),
    detail text NOT NULL,
    is_default integer NOT NULL DEFAULT 0
  );
  CREATE INDEX addresses_unit ON addresses(unit_id);
  CREATE TABLE plans (
    id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    unit_id integer NOT NULL REFERENCES units(id),
    code text NOT NULL,
    name text NOT NULL,
    method text NOT NULL,
    year integer NOT NULL,
    budget_fen bigint NOT NULL CHECK (budget_fen >= 0),
    reserved_fen bigint NOT NULL DEFAULT 0 CHECK (reserved_fen >= 0),
    used_fen bigint NOT NULL DEFAULT 0 CHECK (used_fen >= 0),
    CHECK (reserved_fen + used_fen <= budget_fen)
  );
  CREATE INDEX plans_unit ON plans(unit_id);
  CREATE TABLE users (
    id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    username text NOT NULL UNIQUE,
    password_hash text NOT NULL,
    display_name text NOT NULL,
    role text NOT NULL CHECK (role IN ('purchaser', 'supplier')),
    unit_id integer REFERENCES units(id),
    supplier_id integer REFERENCES suppliers(id),
    CHECK ((role = 'purchaser') = (unit_id IS NOT NULL)),
    CHECK ((role = 'supplier') = (supplier_id IS NOT NULL))
  );
  CREATE TABLE pavilions (
    id text PRIMARY KEY,
    name text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('city', 'county', 'theme')),
    region_code text REFERENCES regions(code),
    badge_mask integer NOT NULL DEFAULT 0,
    tagline text NOT NULL,
    intro text NOT NULL,
    position integer NOT NULL,
    CHECK ((kind = 'theme') = (region_code IS NULL))
  );
  CREATE TABLE meta (
    key text PRIMARY KEY,
    value text NOT NULL
  );
  `,
  },
  // Accounts and ordering: sessions, rate-limit counters and idempotency keys live here rather than in
  // process memory, so a second instance (or a restart) sees them. Orders keep snapshots of what was
  // bought, where to and at what price; order_events is the timeline and the feed that SSE replays by id.
  {
    sqlite: `
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
    postgres: `
  -- Logins match usernames case-insensitively: queries compare lower(username) to use this index.
  CREATE UNIQUE INDEX users_username_nocase ON users(lower(username));
  CREATE TABLE sessions (
    token_hash text PRIMARY KEY,
    user_id integer NOT NULL REFERENCES users(id),
    created_at bigint NOT NULL,
    expires_at bigint NOT NULL
  );
  CREATE INDEX sessions_expires ON sessions(expires_at);
  CREATE INDEX sessions_user ON sessions(user_id);
  CREATE TABLE rate_limits (
    key text PRIMARY KEY,
    hits integer NOT NULL,
    reset_at bigint NOT NULL
  );
  CREATE INDEX rate_limits_reset ON rate_limits(reset_at);
  CREATE TABLE orders (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    status text NOT NULL CHECK (status IN ('pending', 'confirmed', 'shipped', 'received', 'accepted', 'rejected', 'withdrawn')),
    unit_id integer NOT NULL REFERENCES units(id),
    supplier_id integer NOT NULL REFERENCES suppliers(id),
    user_id integer NOT NULL REFERENCES users(id),
    product_id integer NOT NULL REFERENCES products(id),
    product_title text NOT NULL,
    product_image text NOT NULL,
    product_model text NOT NULL,
    product_unit text NOT NULL,
    quantity integer NOT NULL CHECK (quantity BETWEEN 1 AND 9999),
    unit_price_fen bigint NOT NULL CHECK (unit_price_fen > 0),
    total_fen bigint NOT NULL CHECK (total_fen = unit_price_fen * quantity),
    plan_id integer NOT NULL REFERENCES plans(id),
    address_contact text NOT NULL,
    address_phone text NOT NULL,
    address_region_code text NOT NULL REFERENCES regions(code),
    address_detail text NOT NULL,
    invoice_title text NOT NULL,
    reject_reason text,
    carrier text,
    tracking_no text,
    rating_score integer CHECK (rating_score BETWEEN 1 AND 5),
    rating_comment text,
    rated_at bigint,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL
  );
  CREATE INDEX orders_unit ON orders(unit_id);
  CREATE INDEX orders_supplier ON orders(supplier_id);
  -- Event ids only grow, which is what Last-Event-ID needs. An identity may leave gaps (a rolled-back
  -- insert burns its number) and, with concurrent writers, commit out of order; readers must not assume
  -- that every id below the newest one seen is already visible.
  CREATE TABLE order_events (
    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders(id),
    unit_id integer NOT NULL,
    supplier_id integer NOT NULL,
    action text NOT NULL,
    status text NOT NULL,
    actor_user_id integer NOT NULL,
    at bigint NOT NULL,
    note text
  );
  CREATE INDEX order_events_order ON order_events(order_id);
  CREATE INDEX order_events_unit ON order_events(unit_id);
  CREATE INDEX order_events_supplier ON order_events(supplier_id);
  CREATE TABLE idempotency_keys (
    user_id integer NOT NULL REFERENCES users(id),
    key text NOT NULL,
    fingerprint text NOT NULL,
    order_id bigint NOT NULL REFERENCES orders(id),
    created_at bigint NOT NULL,
    PRIMARY KEY (user_id, key)
  );
  `,
  },
]

/**
 * Indexes on products, created after a bulk seed rather than maintained row by row during it.
 * Filtering, facets and sorting run on the in-memory ProductIndex, so few are needed; on PostgreSQL the
 * search documents' GIN index is built here too.
 */
export const PRODUCT_INDEXES: { readonly sqlite: readonly string[]; readonly postgres: readonly string[] } = {
  sqlite: ['CREATE INDEX IF NOT EXISTS products_supplier ON products(supplier_id)'],
  postgres: [
    'CREATE INDEX IF NOT EXISTS products_supplier ON products(supplier_id)',
    'CREATE INDEX IF NOT EXISTS product_search_doc ON product_search USING gin (doc)',
  ],
}
