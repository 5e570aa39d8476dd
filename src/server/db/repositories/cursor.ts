import { badRequest } from '../../errors.ts'

/** Where the previous page ended: the sort key and id of its last item, tied to the query it came from. */
export interface Cursor {
  key: number
  id: number
}

function fingerprint(scope: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < scope.length; i++) {
    h ^= scope.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(36)
}

export function encodeCursor(scope: string, cursor: Cursor): string {
  return Buffer.from(JSON.stringify([fingerprint(scope), cursor.key, cursor.id])).toString('base64url')
}

/** A cursor is only valid for the query (search words, filters and sort) that produced it. */
export function decodeCursor(scope: string, raw: string): Cursor {
  let parsed: unknown
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
  } catch {
    throw badRequest('INVALID_CURSOR', '翻页游标无效，请重新搜索')
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    parsed[0] !== fingerprint(scope) ||
    typeof parsed[1] !== 'number' ||
    !Number.isFinite(parsed[1]) ||
    !Number.isSafeInteger(parsed[2]) ||
    parsed[2] < 0
  ) {
    throw badRequest('INVALID_CURSOR', '翻页游标无效或与当前筛选条件不符，请重新搜索')
  }
  return { key: parsed[1], id: parsed[2] as number }
}
