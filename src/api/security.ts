/**
 * What keeps the server safe to run on a laptop: loopback by default, a bearer token for writes,
 * writes only from programs or from the server's own pages, only the host names it serves, and
 * headers that stop a browser from running anything the page did not ship. docs/security.md has
 * the threat model.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { DatelineError } from '../index.ts';

/** Headers sent with every response, API and static alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * Whether binding `host` only accepts connections from this machine.
 *
 * @param host - A host name or IP address as given to `--host`.
 * @returns True for `localhost`, `127.0.0.0/8` and `::1`.
 * @example
 * isLoopbackHost('127.0.0.1'); // true
 * isLoopbackHost('0.0.0.0');   // false
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || h === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(h);
  return false;
}

/**
 * Refuses to listen beyond this machine without a token: anyone on the network could write.
 *
 * @param host - The host to bind.
 * @param token - The configured token, if any.
 * @throws DatelineError `E_SERVE_NO_TOKEN` for a non-loopback host without a token.
 * @example
 * checkBinding('0.0.0.0', process.env.DATELINE_TOKEN);
 */
export function checkBinding(host: string, token: string | undefined): void {
  if (!isLoopbackHost(host) && !token) throw new DatelineError('E_SERVE_NO_TOKEN', { host });
}

/**
 * Compares a request's `Authorization` header with the expected token in constant time. Both sides
 * are hashed first so the comparison neither depends on nor reveals the token's length. The scheme
 * is case-insensitive (RFC 7235: `Bearer`, `bearer`, `BEARER`), the token is not.
 *
 * @param header - The `Authorization` header as received, if any.
 * @param token - The expected token.
 * @returns True for `Bearer <token>` with any case of `Bearer`.
 * @example
 * bearerMatches(request.headers.authorization, 's3cret');
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^bearer +(\S.*?) *$/i.exec(header ?? '')?.[1] ?? '';
  const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(token)) && given !== '';
}

/** The header a non-JSON upload carries to show it comes from a program, not a web form. */
export const UPLOAD_HEADER = 'x-dateline-upload';

/**
 * The host names a server answers to (the `Host` header's name, port aside): every IP address
 * literal, `localhost` and names under `.localhost`, the host it is bound to, and the names given
 * with `--allowed-host` / `DATELINE_ALLOWED_HOSTS`. Any other name reached it through a DNS name
 * that now points here, as in DNS rebinding, so it is refused.
 *
 * @param bound - The host the server listens on (`--host`).
 * @param extra - More names, e.g. a proxy's public name; `*.example.org` allows its subdomains too.
 * @returns A check over `Host` header values.
 * @throws DatelineError `E_USAGE` for an extra name that is not a host name.
 * @example
 * const allowed = hostAllowList('127.0.0.1', ['dateline.example.org']);
 * allowed('dateline.example.org:8080'); // true
 * allowed('evil.example:8080');         // false
 */
export function hostAllowList(bound: string, extra: readonly string[] = []): (hostHeader: string | undefined) => boolean {
  const names = new Set<string>();
  const suffixes: string[] = ['.localhost'];
  for (const raw of [bound, ...extra]) {
    const name = raw.trim().toLowerCase().replace(/^\[|\]$/g, '');
    if (name.startsWith('*.') && HOST_NAME.test(name.slice(2))) suffixes.push(name.slice(1));
    else if (HOST_NAME.test(name) || isIP(name)) names.add(name);
    else throw new DatelineError('E_USAGE', { detail: `--allowed-host must be a host name such as dateline.example.org or *.example.org, got ${JSON.stringify(raw)}` });
  }
  return (hostHeader) => {
    // A request without Host (HTTP/1.0) names no host an attacker could have pointed here.
    if (hostHeader === undefined) return true;
    const name = hostName(hostHeader);
    if (name === null) return false;
    return isIP(name) !== 0 || name === 'localhost' || names.has(name) || suffixes.some((s) => name.endsWith(s));
  };
}

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/;

/** The name of a `Host` value (`[::1]:8080` -> `::1`, `Example.org.:80` -> `example.org`), or null when it is not one. */
function hostName(hostHeader: string): string | null {
  const m = /^(?:\[([0-9a-f:.]+)\]|([^:[\]]+))(?::\d{1,5})?$/i.exec(hostHeader.trim());
  const name = (m?.[1] ?? m?.[2])?.toLowerCase().replace(/\.$/, '');
  if (name === undefined) return null;
  if (m?.[1] !== undefined) return isIP(name) === 6 ? name : null;
  return isIP(name) === 4 || HOST_NAME.test(name) ? name : null;
}

/**
 * Whether a request's `Origin` is the origin it was sent to: same host and port as its `Host`
 * (`https://name` matches `Host: name` behind a TLS proxy). `null` and malformed origins never match.
 *
 * @param origin - The `Origin` header.
 * @param hostHeader - The `Host` header.
 * @returns True when the page that sent the request was served by this server.
 * @example
 * sameOrigin('http://127.0.0.1:8080', '127.0.0.1:8080'); // true
 * sameOrigin('http://127.0.0.1:9999', '127.0.0.1:8080'); // false
 */
export function sameOrigin(origin: string, hostHeader: string | undefined): boolean {
  if (hostHeader === undefined) return false;
  try {
    const from = new URL(origin);
    if (from.protocol !== 'http:' && from.protocol !== 'https:') return false;
    const to = new URL(`${from.protocol}//${hostHeader}`);
    return from.host === to.host;
  } catch {
    return false;
  }
}

/**
 * Why a state-changing request must be refused, or null when it may go on. A web page on another
 * site can make a browser send a form or a `no-cors` fetch, but only with a `text/plain`,
 * urlencoded or multipart body, no custom header, and its own `Origin`; so a write needs
 * `Content-Type: application/json` or the `X-Dateline-Upload` header, and an `Origin`, when sent,
 * that is this server's.
 *
 * @param headers - The request's headers (lower-case names, as Node gives them).
 * @returns A message for a 403, or null.
 * @example
 * writeRefusal({ host: '127.0.0.1:8080', 'content-type': 'text/plain' }); // 'POST with a Content-Type other than ...'
 */
export function writeRefusal(headers: Readonly<Record<string, string | string[] | undefined>>): string | null {
  const origin = headers.origin;
  const host = headers.host;
  if (origin !== undefined && !sameOrigin(String(origin), typeof host === 'string' ? host : undefined)) {
    return `refusing a write from another origin (${JSON.stringify(String(origin))}): only pages this server serves, or programs that send no Origin, may write`;
  }
  const mediaType = String(headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType === 'application/json' || (headers[UPLOAD_HEADER] ?? '') !== '') return null;
  return 'a write needs Content-Type: application/json, or the header X-Dateline-Upload: 1 for a body in another format (a web form cannot send either)';
}
