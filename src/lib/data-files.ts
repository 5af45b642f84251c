import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { problem, type Problem, DatelineError, type ErrorCode, type Location } from '../errors.ts';

/** Options for {@link loadJsonl}. */
export interface LoadDataOptions {
  /** Throw on the first bad entry instead of skipping it (for CI and `dateline check-data`). */
  strict?: boolean;
  /** Field that must be unique across entries; a second entry with the same value is a problem. */
  uniqueBy?: string;
}

/** Entries that passed validation, with the problems of those that did not. */
export interface Loaded<T> {
  entries: T[];
  /** Line number (1-based) of each entry, same order as `entries`. */
  lines: number[];
  problems: Problem[];
}

/** Reads a data file as UTF-8, or throws `E_DATA_PARSE` naming it. */
export function readDataFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new DatelineError('E_DATA_PARSE', { detail: (cause as Error).message }, { file }, { cause });
  }
}

/** Collects a problem, or throws it as a DatelineError in strict mode. */
function reporter(problems: Problem[], options: LoadDataOptions) {
  return (code: ErrorCode, params: Record<string, string | number>, location: Location): void => {
    if (options.strict) throw new DatelineError(code, params, location);
    problems.push(problem(code, params, location));
  };
}

/** A zod issue path as `roles[0].country`. */
export function zodPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(entry)';
}

/**
 * Loads a JSON Lines data file, validating each line against `schema`. Blank lines and lines
 * starting with `#` or `//` are comments. A bad entry becomes a problem naming file, line and field
 * path (`data/kb/people.jsonl:42 roles[0].country: expected ISO-3166 alpha-3`) and is skipped;
 * with `strict` the first problem throws.
 *
 * @example
 * const { entries, problems } = loadJsonl('data/kb/orgs.jsonl', OrgSchema);
 */
export function loadJsonl<S extends z.ZodType>(file: string, schema: S, options: LoadDataOptions = {}): Loaded<z.infer<S>> {
  const raw = readDataFile(file);
  const out: Loaded<z.infer<S>> = { entries: [], lines: [], problems: [] };
  const seen = new Map<string, number>();
  const report = reporter(out.problems, options);
  raw.split(/\r?\n/).forEach((text, i) => {
    const line = i + 1;
    const trimmed = text.trim();
    if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith('//')) return;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (e) {
      report('E_DATA_PARSE', { detail: (e as Error).message }, { file, line });
      return;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report('E_DATA_ENTRY', { detail: issue.message }, { file, line, field: zodPath(issue.path) });
      return;
    }
    if (options.uniqueBy) {
      const key = String((parsed.data as Record<string, unknown>)[options.uniqueBy]);
      const first = seen.get(key);
      if (first !== undefined) {
        report('E_DATA_DUPLICATE', { id: key, line: first }, { file, line, field: options.uniqueBy });
        return;
      }
      seen.set(key, line);
    }
    out.entries.push(parsed.data);
    out.lines.push(line);
  });
  return out;
}

/**
 * Loads a TSV data file with a header row; each row becomes an object keyed by the header and is
 * validated like {@link loadJsonl}. `#` lines are comments.
 */
export function loadTsv<S extends z.ZodType>(file: string, schema: S, options: LoadDataOptions = {}): Loaded<z.infer<S>> {
  const raw = readDataFile(file);
  const out: Loaded<z.infer<S>> = { entries: [], lines: [], problems: [] };
  let header: string[] | null = null;
  const report = reporter(out.problems, options);
  raw.split(/\r?\n/).forEach((text, i) => {
    const line = i + 1;
    if (!text.trim() || text.startsWith('#')) return;
    const cells = text.split('\t').map((c) => c.trim());
    if (!header) {
      header = cells;
      return;
    }
    const row: Record<string, string> = {};
    header.forEach((h, j) => {
      const cell = cells[j];
      if (cell !== undefined && cell !== '') row[h] = cell;
    });
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report('E_DATA_ENTRY', { detail: issue.message }, { file, line, field: zodPath(issue.path) });
      return;
    }
    out.entries.push(parsed.data);
    out.lines.push(line);
  });
  return out;
}
