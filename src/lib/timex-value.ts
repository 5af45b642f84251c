/**
 * The first and last calendar day a TIMEX3-style value covers, for sorting and range filters:
 * `2021-12-27` is that day, `2021-W51` its Monday to Sunday, `2021-W52-WE` Saturday and Sunday,
 * `2021-11`, `2023-Q3`, `2023-H2`, `2021-WI` (December to February), `2022`, `199` (the 1990s), `20`
 * (the 2000s), and ranges `A/B`, `A/..`, `../B`. An open end is null; a value it cannot read is
 * `{ start: null, end: null }`.
 *
 * @example
 * timexDays('2021-W51');        // { start: '2021-12-20', end: '2021-12-26' }
 * timexDays('2022-01-10/..');   // { start: '2022-01-10', end: null }
 */
export function timexDays(value: string | null): { start: string | null; end: string | null } {
  if (!value) return { start: null, end: null };
  const slash = value.indexOf('/');
  if (slash >= 0) {
    const a = value.slice(0, slash);
    const b = value.slice(slash + 1);
    return { start: a === '..' ? null : pointDays(a)?.[0] ?? null, end: b === '..' ? null : pointDays(b)?.[1] ?? null };
  }
  const days = pointDays(value);
  return days ? { start: days[0], end: days[1] } : { start: null, end: null };
}

const DAY_MS = 86_400_000;

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function monthSpan(year: number, first: number, last: number): [string, string] {
  return [iso(Date.UTC(year, first - 1, 1)), iso(Date.UTC(year, last, 0))];
}

function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * DAY_MS + (week - 1) * 7 * DAY_MS;
}

const SEASONS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11] };

function pointDays(v: string): [string, string] | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v))) return [`${m[1]}-${m[2]}-${m[3]}`, `${m[1]}-${m[2]}-${m[3]}`];
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v))) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    return m[3] ? [iso(monday + 5 * DAY_MS), iso(monday + 6 * DAY_MS)] : [iso(monday), iso(monday + 6 * DAY_MS)];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return monthSpan(Number(m[1]), Number(m[2]), Number(m[2]));
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return monthSpan(Number(m[1]), Number(m[2]) * 3 - 2, Number(m[2]) * 3);
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return monthSpan(Number(m[1]), m[2] === '1' ? 1 : 7, m[2] === '1' ? 6 : 12);
  if ((m = /^(\d{4})-WI$/.exec(v))) return [iso(Date.UTC(Number(m[1]), 11, 1)), iso(Date.UTC(Number(m[1]) + 1, 2, 0))];
  if ((m = /^(\d{4})-(SP|SU|FA)$/.exec(v))) {
    const [a, b] = SEASONS[m[2]!]!;
    return monthSpan(Number(m[1]), a, b);
  }
  if ((m = /^(\d{4})$/.exec(v))) return monthSpan(Number(m[1]), 1, 12);
  if ((m = /^(\d{3})$/.exec(v))) return [`${m[1]}0-01-01`, `${m[1]}9-12-31`];
  if ((m = /^(\d{2})$/.exec(v))) return [`${m[1]}00-01-01`, `${m[1]}99-12-31`];
  return null;
}
