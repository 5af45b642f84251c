import { createInterface } from 'node:readline';
import type { Io } from './context.ts';

/**
 * Reads JSON Lines from `input` and writes exactly one output line per non-blank input line, in order,
 * so a caller can zip inputs and outputs. A line that is not a JSON object, or that `handle` rejects,
 * gets `fallback` plus an `error` field naming the line, and the error also goes to stderr.
 * Returns the number of bad lines.
 */
export async function mapJsonLines(
  input: NodeJS.ReadableStream,
  io: Io,
  handle: (record: Record<string, unknown>) => object,
  fallback: object,
): Promise<number> {
  let lineNo = 0;
  let bad = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    let out: object;
    try {
      const record: unknown = JSON.parse(line);
      if (!record || typeof record !== 'object' || Array.isArray(record)) throw new Error('expected a JSON object');
      out = handle(record as Record<string, unknown>);
    } catch (e) {
      bad++;
      const error = `<stdin>:${lineNo}: ${(e as Error).message}`;
      io.err.write(`${error}\n`);
      out = { ...fallback, error };
    }
    io.out.write(`${JSON.stringify(out)}\n`);
  }
  return bad;
}

/** A required string field of a JSON Lines record, or a clear error naming it. */
export function stringField(record: Record<string, unknown>, field: string, required: true): string;
export function stringField(record: Record<string, unknown>, field: string, required?: false): string | undefined;
export function stringField(record: Record<string, unknown>, field: string, required = false): string | undefined {
  const value = record[field];
  if (value === undefined || value === null) {
    if (required) throw new Error(`missing field "${field}"`);
    return undefined;
  }
  if (typeof value !== 'string') throw new Error(`field "${field}" must be a string`);
  return value;
}

/** A `YYYY-MM-DD` field of a JSON Lines record: required, or undefined when absent and optional. */
export function dateField(record: Record<string, unknown>, field: string, required: true): string;
export function dateField(record: Record<string, unknown>, field: string, required?: false): string | undefined;
export function dateField(record: Record<string, unknown>, field: string, required = false): string | undefined {
  const value = required ? stringField(record, field, true) : stringField(record, field);
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`field "${field}" must be YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}
