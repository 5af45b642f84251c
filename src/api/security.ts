/**
 * What keeps the server safe to run on a laptop: loopback by default, a bearer token for writes,
 * and headers that stop a browser from running anything the page did not ship.
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
 * are hashed first so the comparison neither depends on nor reveals the token's length.
 *
 * @param header - The `Authorization` header as received, if any.
 * @param token - The expected token.
 * @returns True for exactly `Bearer <token>`.
 * @example
 * bearerMatches(request.headers.authorization, 's3cret');
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '';
  const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(token)) && given !== '';
}
