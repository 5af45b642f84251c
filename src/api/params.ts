/**
 * Query and path parameters as zod schemas: one definition both validates a request and documents
 * the route in OpenAPI (see openapi-doc.ts), so the two cannot drift apart.
 */
import { z } from 'zod';
import { ApiError } from './errors.ts';
import { isIsoDay } from '../lib/calendar-day.ts';

/** A schema for one object of string parameters (query or path), as zod sees it. */
export type ParamsSchema = z.ZodObject;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const WHOLE = /^\d+$/;

/** The zod issue parameter that marks a message as whole: {@link parseParams} shows it unprefixed. */
export const WHOLE_MESSAGE = 'wholeMessage';

const shown = (input: unknown): string => JSON.stringify(input) ?? String(input);

/**
 * The zod error function for a parameter that must be one string: says "is required" when absent
 * and "must be given once" for a repeated key (which arrives as an array), else what was expected.
 *
 * @example
 * z.string({ error: single('an actor code') });
 */
export function single(expected: string) {
  return (issue: { input?: unknown }): string => {
    if (issue.input === undefined) return 'is required';
    if (Array.isArray(issue.input)) return 'must be given once (use a comma list where several values are allowed)';
    return `must be ${expected}, got ${shown(issue.input)}`;
  };
}

/**
 * A free-text parameter (trimmed, non-empty, at most `max` characters).
 *
 * @example
 * z.strictObject({ q: text('words to find').optional() });
 */
export function text(description: string, max = 200) {
  const expected = `non-empty text of at most ${max} characters`;
  return z.string({ error: single(expected) })
    .transform((s) => s.trim())
    .pipe(z.string().min(1, { error: `must be ${expected}` }).max(max, { error: `must be ${expected}` }))
    .meta({ description });
}

/**
 * A calendar day `YYYY-MM-DD` that exists (`2022-02-30` is refused: compared as text it would
 * silently select the wrong rows).
 *
 * @example
 * day('first day, inclusive').optional();
 */
export function day(description: string) {
  return z.string({ error: single('YYYY-MM-DD') })
    .regex(ISO_DAY, { error: (issue) => `must be YYYY-MM-DD, got ${shown(issue.input)}` })
    .refine(isIsoDay, { error: (issue) => `must be a real day, got ${shown(issue.input)}` })
    .meta({ description, format: 'date' });
}


/**
 * A whole number from `min` to `max`; documented as an integer although it arrives as text.
 *
 * @example
 * count('rows per page', 1, 500).default(50);
 */
export function count(description: string, min: number, max: number) {
  const expected = `a whole number from ${min} to ${max}`;
  return z.string({ error: single(expected) })
    .regex(WHOLE, { error: (issue) => `must be ${expected}, got ${shown(issue.input)}` })
    .transform(Number)
    .pipe(z.number().min(min, { error: (issue) => `must be ${expected}, got ${shown(issue.input)}` }).max(max, { error: (issue) => `must be ${expected}, got ${shown(issue.input)}` }))
    .meta({ description, type: 'integer', minimum: min, maximum: max });
}

/**
 * One word of a fixed set (case-sensitive, as documented).
 *
 * @example
 * choice('bucket width', ['day', 'week', 'month']);
 */
export function choice<const T extends readonly [string, ...string[]]>(description: string, values: T) {
  return z.enum(values, { error: single(`one of ${values.join(', ')}`) }).meta({ description });
}

/**
 * A comma list of words of a fixed set, each checked, duplicates dropped; upper-cased first when
 * `upper` (PLOVER types are written either way by people).
 *
 * @example
 * choiceList('statuses', ['occurred', 'scheduled']);
 */
export function choiceList<const T extends string>(description: string, values: readonly T[], upper = false) {
  const allowed = new Set<string>(values);
  const expected = `a comma list of ${values.join(', ')}`;
  return z.string({ error: single(expected) })
    .transform((raw, ctx) => {
      const items = raw.split(',').map((s) => (upper ? s.trim().toUpperCase() : s.trim())).filter((s) => s !== '');
      const bad = items.find((s) => !allowed.has(s));
      if (bad !== undefined || items.length === 0) {
        ctx.addIssue({ code: 'custom', input: raw, message: `must be ${expected}, got ${shown(bad ?? raw)}` });
        return z.NEVER;
      }
      return [...new Set(items)] as T[];
    })
    .meta({ description, examples: [values.slice(0, 2).join(',')] });
}

/**
 * Validates `input` (a request's `query` or `params`) against `schema`; unknown keys are refused
 * so a misspelt filter (`?sinse=`) fails loudly instead of silently returning everything.
 *
 * @param schema - A strict object of parameter schemas.
 * @param input - The parsed query string or path parameters.
 * @returns The typed, transformed values.
 * @throws ApiError 400 naming the first bad parameter and why.
 * @example
 * const { limit } = parseParams(z.strictObject({ limit: count('rows', 1, 500).default('50') }), request.query);
 */
export function parseParams<S extends ParamsSchema>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  // A misspelt name explains a "required" or bad value elsewhere, so it is reported first.
  const issue = result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const name = issue.keys[0]!;
    const known = Object.keys(schema.shape);
    const accepted = known.length ? `accepted: ${known.join(', ')}` : 'this route takes none';
    throw ApiError.badRequest(name, `unknown parameter ${shown(name)} (${accepted})`);
  }
  const name = String(issue.path[0] ?? '');
  // An event filter words its own message (`bad actor "x": ...`), as the CLI does for its flag.
  const whole = issue.code === 'custom' && (issue.params as Record<string, unknown> | undefined)?.[WHOLE_MESSAGE] === true;
  throw ApiError.badRequest(name, whole ? issue.message : `${name} ${issue.message}`);
}
