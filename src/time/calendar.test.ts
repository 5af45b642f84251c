import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonthsToDay, dayNum, daysInMonth, formatDay, formatWeek, isoWeek, isoWeekStart, isoWeekday, parseIsoDay, toYMD } from './calendar.ts';

test('time/calendar dayNum and toYMD round-trip, across leap days and centuries', () => {
  for (const [y, m, d] of [[1970, 1, 1], [2000, 2, 29], [1900, 3, 1], [2024, 2, 29], [2021, 12, 31], [50, 6, 15]] as const) {
    assert.deepEqual(toYMD(dayNum(y, m, d)), { year: y, month: m, day: d });
  }
  assert.equal(dayNum(1970, 1, 1), 0);
  assert.equal(formatDay(dayNum(2021, 12, 32)), '2022-01-01'); // rolls over like Date.UTC
});

test('time/calendar parseIsoDay rejects impossible dates', () => {
  assert.equal(parseIsoDay('2021-02-29'), null);
  assert.equal(parseIsoDay('2021-13-01'), null);
  assert.equal(parseIsoDay('21-01-01'), null);
  assert.equal(formatDay(parseIsoDay('2024-02-29')!), '2024-02-29');
});

test('time/calendar isoWeekday: 2021-12-28 is a Tuesday, 1970-01-01 a Thursday', () => {
  assert.equal(isoWeekday(dayNum(2021, 12, 28)), 2);
  assert.equal(isoWeekday(0), 4);
  assert.equal(isoWeekday(dayNum(1969, 12, 28)), 7);
});

test('time/calendar ISO week-years at year ends', () => {
  const cases: Array<[number, number, number, string]> = [
    [2021, 1, 4, '2021-W01'], [2021, 1, 3, '2020-W53'], [2020, 12, 31, '2020-W53'], [2026, 1, 1, '2026-W01'],
    [2025, 12, 29, '2026-W01'], [2027, 1, 1, '2026-W53'], [2019, 12, 30, '2020-W01'], [2021, 12, 28, '2021-W52'],
  ];
  for (const [y, m, d, want] of cases) assert.equal(formatWeek(dayNum(y, m, d)), want, `${y}-${m}-${d}`);
  assert.deepEqual(isoWeek(dayNum(2021, 1, 1)), { year: 2020, week: 53 });
  assert.equal(formatDay(isoWeekStart(2020, 53)), '2020-12-28');
  assert.equal(formatDay(isoWeekStart(2026, 1)), '2025-12-29');
});

test('time/calendar month arithmetic clamps the day', () => {
  assert.equal(daysInMonth(2024, 2), 29);
  assert.equal(daysInMonth(2100, 2), 28);
  assert.equal(formatDay(addMonthsToDay(dayNum(2024, 1, 31), 1)), '2024-02-29');
  assert.equal(formatDay(addMonthsToDay(dayNum(2021, 12, 28), -12)), '2020-12-28');
});
