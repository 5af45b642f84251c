/**
 * The one place the UI talks to the server: same-origin GETs under /api/ returning JSON.
 */

/** Query parameters; empty, null and undefined values are left out of the URL. */
export type Query = Record<string, string | number | null | undefined>;

/**
 * A failed API call, with the server's message when it sent one.
 *
 * @example
 * catch (error) { if (error instanceof ApiError && error.status === 404) showNotFound(); }
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * An /api/ URL with its query string.
 *
 * @example
 * apiUrl('/events', { actor: 'RUS', cursor: null }); // "/api/events?actor=RUS"
 */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === null || value === undefined || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

/**
 * GETs an /api/ route and parses its JSON; a non-2xx answer becomes an {@link ApiError} carrying
 * the server's `message`.
 *
 * @example
 * const page = await getJson<EventPage>('/events', { dyad: 'RUS,USA', limit: 50 }, signal);
 */
export async function getJson<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  const response = await fetch(apiUrl(path, query), { headers: { accept: 'application/json' }, signal });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    let code: string | null = null;
    try {
      const body = (await response.json()) as { error?: string; message?: string };
      if (body.message) message = body.message;
      code = body.error ?? null;
    } catch {
      // The body was not JSON: keep the status line.
    }
    throw new ApiError(message, response.status, code);
  }
  return (await response.json()) as T;
}

/**
 * Whether an error only means the request was cancelled because the user navigated away.
 *
 * @example
 * catch (error) { if (!isAbort(error)) showError(error); }
 */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
