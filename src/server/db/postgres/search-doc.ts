/** A product's search text as the seed writes it into SQLite's FTS5 columns: space-separated tokens. */
export interface SearchTokens {
  title: string
  category: string
  keywords: string
  titlePinyin: string
  categoryPinyin: string
}

/** tsvector keeps positions up to 16383; later ones would be clamped to it anyway. */
const MAX_POSITION = 16_383

/** Quotes and backslashes are doubled inside a quoted lexeme; escaping a whole column at once is much faster. */
const escape = (text: string): string => (text.includes("'") || text.includes('\\') ? text.replace(/['\\]/g, (c) => c + c) : text)

/**
 * The product_search document as tsvector text: category names and their pinyin weigh A, the title and
 * its pinyin B, keywords (brand, model, aliases) C. The tokens are taken as they are: to_tsvector would
 * re-parse them, and under the C locale its parser drops Han characters. Every token gets a position,
 * because a tsvector keeps weights only on positions (array_to_tsvector's lexemes have none, so a
 * query like '打印':A would match them all).
 */
export function searchDocument(tokens: SearchTokens): string {
  let doc = ''
  let position = 0
  const add = (text: string, weight: 'A' | 'B' | 'C'): void => {
    for (const token of escape(text).split(' ')) {
      if (token === '') continue
      if (position < MAX_POSITION) position++
      doc += `${doc === '' ? '' : ' '}'${token}':${position}${weight}`
    }
  }
  add(tokens.category, 'A')
  add(tokens.categoryPinyin, 'A')
  add(tokens.title, 'B')
  add(tokens.titlePinyin, 'B')
  add(tokens.keywords, 'C')
  return doc
}
