import { pinyin } from 'pinyin-pro'

/**
 * Search tokens for Chinese product text.
 *
 * SQLite's unicode61 tokenizer cannot split Chinese, so text is turned into space-separated tokens here,
 * the same way on both sides:
 * - Han runs become unigrams and overlapping bigrams, so two-character words (电脑, 打印) match exactly.
 * - Latin/digit runs become lower-case words; queries match them by prefix (m7400 → M7400fdn).
 * - Every suffix of a Han run also becomes full pinyin and pinyin initials, so a prefix query on any
 *   substring's pinyin matches: dyj and dayinji both find 激光打印机.
 */

const RUN = /(\p{Script=Han}+)|([\p{L}\p{N}]+)/gu
const MAX_PINYIN_RUN = 12
const MAX_QUERY_TOKENS = 12

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

function runs(text: string): { han: string[]; words: string[] } {
  const han: string[] = []
  const words: string[] = []
  for (const m of normalizeText(text).matchAll(RUN)) {
    if (m[1]) han.push(m[1])
    else if (m[2]) words.push(m[2])
  }
  return { han, words }
}

function hanGrams(run: string, out: string[]): void {
  const chars = Array.from(run)
  for (let i = 0; i < chars.length; i++) {
    out.push(chars[i] as string)
    if (i + 1 < chars.length) out.push((chars[i] as string) + (chars[i + 1] as string))
  }
}

function wordTokens(word: string, out: string[]): void {
  out.push(word)
  // A model number is often typed without its letter prefix: "7400" for "m7400fdn".
  const digitAt = word.search(/\d/)
  if (digitAt > 0 && /[a-z]/.test(word)) out.push(word.slice(digitAt))
}

const syllableCache = new Map<string, string[]>()

/** Toneless pinyin syllables of a Han run, with ü typed as v; cached because titles repeat words. */
export function syllables(run: string): string[] {
  let cached = syllableCache.get(run)
  if (!cached) {
    cached = pinyin(run, { toneType: 'none', type: 'array', v: true })
    if (syllableCache.size > 50_000) syllableCache.clear()
    syllableCache.set(run, cached)
  }
  return cached
}

function pinyinTokens(run: string, out: string[]): void {
  const syl = syllables(run.length > MAX_PINYIN_RUN ? run.slice(0, MAX_PINYIN_RUN) : run)
  for (let start = 0; start < syl.length; start++) {
    const rest = syl.slice(start)
    if (rest.length >= 2) out.push(rest.map((s) => s[0]).join(''))
    out.push(rest.join(''))
  }
}

/** Document side: the Han and Latin tokens of a text. */
export function textTokens(text: string): string {
  const out: string[] = []
  const { han, words } = runs(text)
  for (const run of han) hanGrams(run, out)
  for (const word of words) wordTokens(word, out)
  return out.join(' ')
}

/** Document side: pinyin tokens of every Han run in the given texts. */
export function pinyinText(...texts: string[]): string {
  const out: string[] = []
  for (const text of texts) for (const run of runs(text).han) pinyinTokens(run, out)
  return out.join(' ')
}

/** A query word: a Han bigram (or lone character) matched exactly, or a Latin word matched by prefix. */
export interface QueryTerm {
  text: string
  prefix: boolean
}

/** Query side: the terms every match must contain, or null when the query has nothing searchable. */
export function queryTerms(query: string): QueryTerm[] | null {
  const terms = new Map<string, QueryTerm>()
  const { han, words } = runs(query)
  for (const run of han) {
    const grams: string[] = []
    hanGrams(run, grams)
    const wanted = Array.from(run).length === 1 ? grams : grams.filter((g) => Array.from(g).length === 2)
    for (const g of wanted) terms.set(`"${g}"`, { text: g, prefix: false })
  }
  for (const word of words) terms.set(`"${word}"*`, { text: word, prefix: true })
  const unique = [...terms.values()].slice(0, MAX_QUERY_TOKENS)
  return unique.length > 0 ? unique : null
}

/**
 * An FTS5 MATCH expression for the terms. Han runs must match their bigrams (or the single
 * character); Latin runs match by prefix, in the text columns and the pinyin column alike.
 */
export function toMatchQuery(terms: readonly QueryTerm[]): string {
  return terms.map((t) => `"${t.text}"${t.prefix ? '*' : ''}`).join(' ')
}

/**
 * The same as a PostgreSQL tsquery, every term restricted to the given weights when given
 * (A: category names, B: title, C: keywords; see the product_search schema).
 */
export function toTsQuery(terms: readonly QueryTerm[], weights = ''): string {
  return terms.map((t) => `'${t.text.replace(/['\\]/g, (c) => `\\${c}`)}'${t.prefix || weights ? ':' : ''}${t.prefix ? '*' : ''}${weights}`).join(' & ')
}
