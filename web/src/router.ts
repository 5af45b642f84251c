/**
 * Hash routes (`#/timeline?actor=RUS`, `#/article/ID?s=3`): every view has a shareable URL and the
 * browser's back and forward buttons work without any server-side routing.
 */

/** The app's views. */
export type ViewName = 'timeline' | 'article' | 'actor' | 'network' | 'map' | 'upcoming' | 'search' | 'notfound';

/** Views addressed by an id in the path (`#/article/ID`). */
const VIEWS_WITH_ID: ReadonlySet<ViewName> = new Set(['article', 'actor']);
const VIEWS_WITHOUT_ID: ReadonlySet<ViewName> = new Set(['timeline', 'network', 'map', 'upcoming', 'search']);

/** A parsed location hash. */
export interface Route {
  view: ViewName;
  /** The article id or actor code, for views that have one. */
  id: string | null;
  params: URLSearchParams;
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * Reads a location hash; an empty hash is the timeline, anything unknown is `notfound`.
 *
 * @example
 * parseHash('#/article/0d6eb352fb40c1de?s=3'); // { view: 'article', id: '0d6eb352fb40c1de', params: s=3 }
 */
export function parseHash(hash: string): Route {
  const body = hash.replace(/^#/, '');
  const queryAt = body.indexOf('?');
  const path = queryAt === -1 ? body : body.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : body.slice(queryAt + 1));
  const parts = path.split('/').filter((part) => part !== '');
  if (parts.length === 0) return { view: 'timeline', id: null, params };
  const view = parts[0] as ViewName;
  if (parts.length === 1 && VIEWS_WITHOUT_ID.has(view)) return { view, id: null, params };
  if (parts.length === 2 && VIEWS_WITH_ID.has(view)) {
    const id = safeDecode(parts[1] ?? '');
    if (id) return { view, id, params };
  }
  return { view: 'notfound', id: null, params };
}

/** Parameter values for {@link href}; empty ones are dropped so URLs stay short. */
export type HrefParams = Record<string, string | number | readonly string[] | null | undefined> | URLSearchParams;

/**
 * The hash URL of a view.
 *
 * @example
 * href('timeline', null, { dyad: 'RUS,USA' }); // "#/timeline?dyad=RUS%2CUSA"
 * href('actor', 'NATO'); // "#/actor/NATO"
 */
export function href(view: Exclude<ViewName, 'notfound'>, id: string | null = null, params: HrefParams = {}): string {
  const query = new URLSearchParams();
  const entries: [string, unknown][] = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) query.set(key, value.join(','));
    } else query.set(key, String(value));
  }
  const search = query.toString();
  return `#/${view}${id === null ? '' : `/${encodeURIComponent(id)}`}${search ? `?${search}` : ''}`;
}

/**
 * Whether two routes show the same page (same view and id), so only its parameters changed.
 *
 * @example
 * samePage(parseHash('#/map?actor=RUS'), parseHash('#/map')); // true
 */
export function samePage(a: Route | null, b: Route): boolean {
  return a !== null && a.view === b.view && a.id === b.id;
}
