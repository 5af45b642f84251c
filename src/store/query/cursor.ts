import { badValue } from './filter-sql.ts';

/** A keyset position: the sort key of the last row of a page, and the order it was read in. */
export interface Keyset {
  order: 'asc' | 'desc';
  /** The primary sort value (a day or date). */
  key: string;
  /** The tie-breaker: a row id, unique per row. */
  id: string | number;
}

/**
 * Encodes a keyset as an opaque, URL-safe cursor. Clients pass it back unchanged; its content is
 * not a contract.
 *
 * @example
 * encodeCursor({ order: 'desc', key: '2022-01-10', id: 'abc:e3' }); // 'WyJkZXNjIiwi...'
 */
export function encodeCursor(position: Keyset): string {
  return Buffer.from(JSON.stringify([position.order, position.key, position.id])).toString('base64url');
}

/**
 * Decodes a cursor made by {@link encodeCursor} for a page read in `order`.
 *
 * @param cursor - The cursor, or null/undefined/'' for the first page.
 * @param order - The order of the page now asked for; a cursor from the other order is refused.
 * @returns The keyset, or null for the first page.
 * @throws DatelineError `E_USAGE` for a cursor this layer did not make.
 * @example
 * decodeCursor(page.cursor, 'desc');
 */
export function decodeCursor(cursor: string | null | undefined, order: 'asc' | 'desc'): Keyset | null {
  if (cursor === undefined || cursor === null || cursor === '') return null;
  let parsed: unknown;
  try {
    parsed = typeof cursor === 'string' && /^[\w-]+$/.test(cursor) ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[1] !== 'string' || !['string', 'number'].includes(typeof parsed[2])) {
    badValue('cursor', cursor, 'the "next" value of an earlier page');
  }
  if (parsed[0] !== order) badValue('cursor', cursor, `a cursor from a page in ${order} order`);
  return { order, key: parsed[1] as string, id: parsed[2] as string | number };
}

/**
 * The keyset condition "after this position" for `ORDER BY key, id` in the position's order.
 *
 * @param keyColumn - SQL for the sort key, e.g. `e.day`.
 * @param idColumn - SQL for the tie-breaker, e.g. `e.id`.
 * @example
 * afterSql('e.day', 'e.id', 'desc'); // '(e.day, e.id) < (@c_key, @c_id)'
 */
export function afterSql(keyColumn: string, idColumn: string, order: 'asc' | 'desc'): string {
  return `(${keyColumn}, ${idColumn}) ${order === 'desc' ? '<' : '>'} (@c_key, @c_id)`;
}

/** Checks a page order. */
export function checkOrder(order: unknown): 'asc' | 'desc' {
  if (order === undefined) return 'desc';
  if (order !== 'asc' && order !== 'desc') badValue('order', order, 'asc or desc');
  return order;
}
