/** Migration 1 on SQLite: the catalogue, parties, addresses, plans, users and pavilions. */
export const CATALOGUE_SQLITE = `
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
  `
