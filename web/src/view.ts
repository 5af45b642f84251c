/**
 * What a view is to the app shell, and the small pieces every view uses (headings, errors,
 * loading notes).
 */
import { ApiError } from './api.ts';
import { h } from './dom.ts';
import type { Route } from './router.ts';

/** What the shell hands a view. */
export interface ViewContext {
  route: Route;
  /** Aborted when the user navigates away, so a slow answer never lands on the wrong page. */
  signal: AbortSignal;
  /** Goes to a hash URL, adding a history entry. */
  navigate: (hash: string) => void;
}

/** A rendered view. */
export interface Rendered {
  root: HTMLElement;
  /** The document title (the app name is added). */
  title: string;
  /**
   * Runs once `root` is in the document. Returns true when it placed focus or scroll itself (the
   * article reader scrolls to the requested sentence), so the shell leaves both alone.
   */
  afterMount?: () => boolean;
}

/** A view: fetches what its first screen needs, then returns it. */
export type View = (context: ViewContext) => Promise<Rendered>;

/**
 * The page heading; focusable from script so navigation can move focus to it.
 *
 * @example
 * pageHeading('Upcoming events', 'Scheduled events from 2022-01-01');
 */
export function pageHeading(title: string, subtitle?: string | Node | null): HTMLElement {
  return h(
    'div',
    { class: 'page-head' },
    h('h1', { attrs: { tabindex: '-1' } }, title),
    subtitle ? h('p', { class: 'subtitle' }, subtitle) : null,
  );
}

/**
 * A message for a failed request, announced to screen readers.
 *
 * @example
 * container.append(errorBox(error));
 */
export function errorBox(error: unknown): HTMLElement {
  const message = error instanceof ApiError || error instanceof Error ? error.message : String(error);
  const notFound = error instanceof ApiError && error.status === 404;
  return h('div', { class: 'notice error', attrs: { role: 'alert' } }, h('strong', null, notFound ? 'Not found. ' : 'Something went wrong. '), message);
}

/**
 * A short "nothing here" note.
 *
 * @example
 * list.append(emptyNote('No events match these filters.'));
 */
export function emptyNote(text: string): HTMLElement {
  return h('p', { class: 'notice empty' }, text);
}

/**
 * A placeholder shown while a part of a view loads.
 *
 * @example
 * const slot = loadingNote('Loading the chart…');
 */
export function loadingNote(text = 'Loading…'): HTMLElement {
  return h('p', { class: 'notice loading', attrs: { role: 'status' } }, text);
}

/**
 * A number with thousands separators, as every count in the UI is shown.
 *
 * @example
 * formatCount(12345); // "12,345"
 */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** What the UI is told about an article's title (src/store/display-title.ts). */
export interface TitleInfo {
  displayTitle: string;
  titleFromLead: boolean;
}

/** The note shown beside a title made of the article's opening words. */
export const FROM_LEAD_NOTE = 'No title: the article’s opening words';

/**
 * An article's title as text: its own, or the opening words of its lead, in italics and said to be
 * such (a tooltip, and words a screen reader reads first).
 *
 * @example
 * link(href('article', item.articleId), articleTitle(item));
 */
export function articleTitle(info: TitleInfo): HTMLElement {
  if (!info.titleFromLead) return h('span', { class: 'article-title' }, info.displayTitle);
  return h(
    'span',
    { class: ['article-title', 'from-lead'], attrs: { title: FROM_LEAD_NOTE } },
    h('span', { class: 'visually-hidden' }, `${FROM_LEAD_NOTE}: `),
    info.displayTitle,
  );
}
