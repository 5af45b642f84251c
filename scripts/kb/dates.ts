/**
 * Partial dates of the office-holder tables (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as days. A start
 * takes the first day of its period and an end the first day after its period (ends are
 * exclusive in the knowledge base), so "2019" to "2019" covers the year; both are marked
 * approximate. A year-only date is never read as 1 January of a known day.
 */

/** A day and whether it was widened from a coarser date. */
export interface Edge {
  day: string;
  approx: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function realDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** The first day of a partial date, or null when it is not one. */
export function startDay(value: string): Edge | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 1;
  const d = m[3] ? Number(m[3]) : 1;
  if (!realDay(y, mo, d)) return null;
  return { day: `${m[1]}-${pad(mo)}-${pad(d)}`, approx: !m[3] };
}

/** The first day after a partial date (the exclusive end), or null when it is not one. */
export function endDay(value: string): Edge | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) return realDay(y, Number(m[2]), Number(m[3])) ? { day: value.trim(), approx: false } : null;
  if (m[2]) {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return { day: mo === 12 ? `${y + 1}-01-01` : `${y}-${pad(mo + 1)}-01`, approx: true };
  }
  return { day: `${y + 1}-01-01`, approx: true };
}

/** A PETRARCH date `YYMMDD` (or `YYYYMMDD`) as a day; two-digit years from 50 are 19xx. */
export function cameoDay(value: string): string | null {
  let y: number;
  let rest: string;
  if (/^\d{8}$/.test(value)) {
    y = Number(value.slice(0, 4));
    rest = value.slice(4);
  } else if (/^\d{6}$/.test(value)) {
    const yy = Number(value.slice(0, 2));
    y = yy >= 50 ? 1900 + yy : 2000 + yy;
    rest = value.slice(2);
  } else return null;
  const mo = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  return realDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}
