/** Output helpers shared by the commands: JSON Lines for scripts, aligned tables for people. */

/** Writes one JSON object per line. */
export function writeJsonLines(rows: readonly object[], out: NodeJS.WritableStream = process.stdout): void {
  for (const row of rows) out.write(`${JSON.stringify(row)}\n`);
}

/** Options for {@link formatTable}. */
export interface TableOptions {
  /** Cut cells longer than this many characters (with an ellipsis). */
  maxWidth?: number;
}

/**
 * Formats rows as a table with a header and aligned columns.
 *
 * @example
 * formatTable([{ id: 'a1', date: '2021-12-28' }], ['id', 'date']);
 */
export function formatTable(rows: readonly Record<string, unknown>[], columns: readonly string[], options: TableOptions = {}): string {
  const max = options.maxWidth ?? 60;
  const cell = (v: unknown): string => {
    const s = v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' ');
    return s.length > max ? `${s.slice(0, max - 1)}…` : s;
  };
  const body = rows.map((r) => columns.map((c) => cell(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line([...columns]), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Marks a title made of the lead's opening words (an article without a title) in plain-text output. */
export const LEAD_MARK = '[lead]';

/**
 * The title a listing prints: the article's own, or `[lead] ` and the opening words of its lead.
 *
 * @example
 * listedTitle({ title: null, displayTitle: 'Russia warned Ukraine…', titleFromLead: true }); // "[lead] Russia warned Ukraine…"
 */
export function listedTitle(r: { title: string | null; displayTitle?: string; titleFromLead?: boolean }): string {
  if (r.titleFromLead && r.displayTitle) return `${LEAD_MARK} ${r.displayTitle}`;
  return r.title ?? r.displayTitle ?? '(untitled)';
}

/** The article listing table shared by `articles` and `demo`: id, date, source, title. */
export function articleTable(rows: readonly { id: string; date: string; source: string | null; title: string | null; displayTitle?: string; titleFromLead?: boolean }[]): string {
  return formatTable(rows.map((r) => ({ ...r, title: listedTitle(r) })), ['id', 'date', 'source', 'title']);
}
