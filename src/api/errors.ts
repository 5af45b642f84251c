import { STATUS_CODES } from 'node:http';
import { DatelineError, FilterValueError } from '../index.ts';

/** The `error` word of every JSON error body: what kind of failure, for clients to branch on. */
export type ApiErrorKind = (typeof API_ERROR_KINDS)[number];

/** Every {@link ApiErrorKind}, for the OpenAPI document's error schema. */
export const API_ERROR_KINDS = [
  'bad_request', 'unauthorized', 'forbidden', 'not_found', 'method_not_allowed', 'request_timeout', 'payload_too_large',
  'unsupported_media_type', 'misdirected_request', 'unprocessable', 'header_too_large', 'internal',
] as const;

/** The JSON body of every error response. */
export interface ApiErrorBody {
  error: ApiErrorKind;
  message: string;
  /** The query or path parameter at fault, for 400s about one parameter. */
  parameter?: string;
  /** The Dateline error code when the store or a reader raised one. */
  code?: string;
}

/**
 * An expected HTTP failure raised by a route: the status and the JSON body to answer with.
 *
 * @example
 * throw ApiError.badRequest('since', 'since must be YYYY-MM-DD, got "2021-1-5"');
 */
export class ApiError extends Error {
  /**
   * @param status - The HTTP status.
   * @param body - The JSON body.
   * @param headers - Headers the status calls for (`Allow` with a 405).
   */
  constructor(readonly status: number, readonly body: ApiErrorBody, readonly headers: Readonly<Record<string, string>> = {}) {
    super(body.message);
    this.name = 'ApiError';
  }

  /**
   * A 400 about one parameter.
   *
   * @example
   * ApiError.badRequest('limit', 'limit must be a whole number from 1 to 500, got "0"');
   */
  static badRequest(parameter: string, message: string): ApiError {
    return new ApiError(400, { error: 'bad_request', parameter, message });
  }

  /**
   * A 404 for an id or code the store does not hold.
   *
   * @example
   * ApiError.notFound(`no actor with code "XYZ"`);
   */
  static notFound(message: string): ApiError {
    return new ApiError(404, { error: 'not_found', message });
  }

  /**
   * A 405 for a known path asked with a method it does not take; `Allow` lists the ones it does.
   *
   * @example
   * ApiError.methodNotAllowed('DELETE', '/api/events', ['GET', 'HEAD']);
   */
  static methodNotAllowed(method: string, path: string, allow: readonly string[]): ApiError {
    return new ApiError(405, { error: 'method_not_allowed', message: `${path} does not take ${method}; it takes ${allow.join(', ')}` }, { allow: allow.join(', ') });
  }
}

// Fastify's own client errors (bad JSON, body too large, media type) carry a 4xx statusCode.
const KIND_BY_STATUS: Readonly<Record<number, ApiErrorKind>> = {
  400: 'bad_request', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed', 408: 'request_timeout',
  413: 'payload_too_large', 415: 'unsupported_media_type', 421: 'misdirected_request', 422: 'unprocessable', 431: 'header_too_large',
};

/** What an error answers: status, JSON body and any headers the status calls for. */
export interface ErrorReply {
  status: number;
  body: ApiErrorBody;
  headers: Readonly<Record<string, string>>;
}

/**
 * Maps anything a handler threw to a status and a JSON body. Only expected failures say what went
 * wrong; anything else is a 500 with a fixed message so no stack trace or SQL reaches a client.
 *
 * @param error - What was thrown.
 * @returns The status and body to send.
 * @example
 * errorReply(new DatelineError('E_USAGE_BAD_DATE', { value: '"x"', option: 'since' })); // { status: 400, ... }
 */
export function errorReply(error: unknown): ErrorReply {
  if (error instanceof ApiError) return { status: error.status, body: error.body, headers: error.headers };
  if (error instanceof DatelineError) {
    const status = error.code === 'E_STORE_NOT_FOUND' ? 404 : 400;
    // A filter value the store refused (an unknown actor name) names its parameter, as a bad syntax
    // does: the option it was given as (`speaker`, `a`), which for an event filter is its name.
    const parameter = error instanceof FilterValueError ? { parameter: error.option } : {};
    return { status, body: { error: status === 404 ? 'not_found' : 'bad_request', message: error.message, ...parameter, code: error.code }, headers: {} };
  }
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: { error: KIND_BY_STATUS[status] ?? 'bad_request', message: (error as Error).message }, headers: {} };
  }
  return { status: 500, body: { error: 'internal', message: 'internal server error' }, headers: {} };
}

/**
 * The raw HTTP/1.1 response for a request Node could not parse (bad request line, headers too
 * large, timeout), which never reaches Fastify's routing: the same JSON shape and security headers
 * as every other answer.
 *
 * @param code - The parser's error code (`HPE_HEADER_OVERFLOW`, `ERR_HTTP_REQUEST_TIMEOUT`, ...).
 * @param headers - Headers every response carries.
 * @returns The bytes to write before closing the socket.
 * @example
 * socket.end(clientErrorResponse(error.code, SECURITY_HEADERS));
 */
export function clientErrorResponse(code: string | undefined, headers: Readonly<Record<string, string>>): string {
  const status = code === 'HPE_HEADER_OVERFLOW' ? 431 : code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const message = status === 431 ? 'the request headers are too large' : status === 408 ? 'the request took too long to arrive' : 'the request is not well-formed HTTP';
  const body = JSON.stringify({ error: KIND_BY_STATUS[status] ?? 'bad_request', message } satisfies ApiErrorBody);
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    'content-type: application/json; charset=utf-8',
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}
