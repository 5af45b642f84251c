import { DatelineError, FilterValueError } from '../index.ts';

/** The `error` word of every JSON error body: what kind of failure, for clients to branch on. */
export type ApiErrorKind = 'bad_request' | 'unauthorized' | 'not_found' | 'payload_too_large' | 'unsupported_media_type' | 'unprocessable' | 'internal';

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
  constructor(readonly status: number, readonly body: ApiErrorBody) {
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
}

// Fastify's own client errors (bad JSON, body too large, media type) carry a 4xx statusCode.
const KIND_BY_STATUS: Readonly<Record<number, ApiErrorKind>> = {
  400: 'bad_request', 401: 'unauthorized', 404: 'not_found', 413: 'payload_too_large', 415: 'unsupported_media_type', 422: 'unprocessable',
};

/**
 * Maps anything a handler threw to a status and a JSON body. Only expected failures say what went
 * wrong; anything else is a 500 with a fixed message so no stack trace or SQL reaches a client.
 *
 * @param error - What was thrown.
 * @returns The status and body to send.
 * @example
 * errorReply(new DatelineError('E_USAGE_BAD_DATE', { value: '"x"', option: 'since' })); // { status: 400, ... }
 */
export function errorReply(error: unknown): { status: number; body: ApiErrorBody } {
  if (error instanceof ApiError) return { status: error.status, body: error.body };
  if (error instanceof DatelineError) {
    const status = error.code === 'E_STORE_NOT_FOUND' ? 404 : 400;
    // A filter value the store refused (an unknown actor name) names its parameter, as a bad syntax does.
    const parameter = error instanceof FilterValueError ? { parameter: error.issue.filter } : {};
    return { status, body: { error: status === 404 ? 'not_found' : 'bad_request', message: error.message, ...parameter, code: error.code } };
  }
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: { error: KIND_BY_STATUS[status] ?? 'bad_request', message: (error as Error).message } };
  }
  return { status: 500, body: { error: 'internal', message: 'internal server error' } };
}
