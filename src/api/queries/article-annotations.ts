/**
 * Pages an article's annotations, so no article makes an answer too large to send: past
 * {@link ANNOTATION_PAGE_ITEMS} items or about {@link ANNOTATION_PAGE_BYTES} of JSON, a list of
 * GET /api/articles/:id holds its first page and `next` gives the cursor for
 * GET /api/articles/:id/<list>. Articles are immutable (their id is their content hash), so a
 * cursor is a position in the list and stays valid.
 */
import type { ArticleView } from '../../index.ts';
import { ApiError } from '../errors.ts';

/** The annotation lists of an article view that page. */
export const ANNOTATION_LISTS = ['sentences', 'mentions', 'timex', 'events', 'quotes', 'statements'] as const;

/** One of {@link ANNOTATION_LISTS}. */
export type AnnotationList = (typeof ANNOTATION_LISTS)[number];

/** Most items in one page of one list. */
export const ANNOTATION_PAGE_ITEMS = 1000;

/** A page ends with the item that takes its JSON past this many characters (1 MiB). */
export const ANNOTATION_PAGE_BYTES = 1024 * 1024;

/** One page of a list and the cursor of the next one (null on the last). */
export interface AnnotationPage<T> {
  items: T[];
  next: string | null;
}

/** An article view whose lists hold their first page, and the cursor of each list's next page. */
export type PagedArticleView = ArticleView & { next: Record<AnnotationList, string | null> };

/**
 * The article view as GET /api/articles/:id answers it: every field, each annotation list cut to
 * its first page, and `next` with a cursor per list (all null for an article within the limits).
 *
 * @param view - The full view.
 * @returns The view with first pages and cursors.
 * @example
 * pagedArticleView(articleView(store, id)!).next.events; // null, or a cursor for /api/articles/:id/events
 */
export function pagedArticleView(view: ArticleView): PagedArticleView {
  const paged: PagedArticleView = { ...view, next: { sentences: null, mentions: null, timex: null, events: null, quotes: null, statements: null } };
  for (const list of ANNOTATION_LISTS) {
    const page = pageFrom<unknown>(view[list], list, 0);
    (paged as Record<AnnotationList, unknown>)[list] = page.items;
    paged.next[list] = page.next;
  }
  return paged;
}

/**
 * The page of one annotation list that `cursor` points at (the first page without one).
 *
 * @param view - The full view.
 * @param list - Which list.
 * @param cursor - A `next` this server gave for this list.
 * @returns The page.
 * @throws ApiError 400 naming `cursor` for a cursor of another list or not from this server.
 * @example
 * annotationPage(view, 'events', paged.next.events!); // { items: [...], next }
 */
export function annotationPage(view: ArticleView, list: AnnotationList, cursor: string | undefined): AnnotationPage<unknown> {
  const items: readonly unknown[] = view[list];
  const start = cursor === undefined ? 0 : decodeCursor(cursor, list, items.length);
  return pageFrom(items, list, start);
}

function pageFrom<T>(items: readonly T[], list: AnnotationList, start: number): AnnotationPage<T> {
  const page: T[] = [];
  let chars = 0;
  let i = start;
  while (i < items.length && page.length < ANNOTATION_PAGE_ITEMS && chars <= ANNOTATION_PAGE_BYTES) {
    const item = items[i++]!;
    chars += JSON.stringify(item).length + 1;
    page.push(item);
  }
  return { items: page, next: i < items.length ? encodeCursor(list, i) : null };
}

function encodeCursor(list: AnnotationList, position: number): string {
  return Buffer.from(JSON.stringify([list, position])).toString('base64url');
}

function decodeCursor(cursor: string, list: AnnotationList, length: number): number {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(value) && value.length === 2 && value[0] === list && Number.isInteger(value[1]) && value[1] > 0 && value[1] <= length) {
      return value[1] as number;
    }
  } catch {
    // fall through: any undecodable cursor is the caller's mistake
  }
  throw ApiError.badRequest('cursor', `cursor is not one this server gave for this article's ${list} (pass the previous page's "next" as is)`);
}
