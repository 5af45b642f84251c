import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dayNum, formatDay } from './calendar.ts';
import { easterSunday, nthWeekday, periodInterval } from './holidays.ts';

const span = (iv: { start: number; end: number } | null): string | null => (iv ? `${formatDay(iv.start)}/${formatDay(iv.end)}` : null);

test('time/holidays Easter, Western and Orthodox', () => {
  const western: Array<[number, string]> = [[2021, '2021-04-04'], [2022, '2022-04-17'], [2024, '2024-03-31'], [2025, '2025-04-20'], [2038, '2038-04-25']];
  for (const [y, want] of western) assert.equal(formatDay(easterSunday(y, 'western')), want);
  const orthodox: Array<[number, string]> = [[2021, '2021-05-02'], [2022, '2022-04-24'], [2024, '2024-05-05'], [2025, '2025-04-20']];
  for (const [y, want] of orthodox) assert.equal(formatDay(easterSunday(y, 'orthodox')), want);
});

test('time/holidays nth weekday: Thanksgiving, Memorial Day', () => {
  assert.equal(formatDay(nthWeekday(2021, 11, 4, 4)), '2021-11-25');
  assert.equal(formatDay(nthWeekday(2022, 5, 1, -1)), '2022-05-30');
  assert.equal(formatDay(nthWeekday(2021, 9, 1, 1)), '2021-09-06');
});

test('time/holidays other calendars through Intl: Ramadan, Eid, Hanukkah, Nowruz, Lunar New Year', () => {
  assert.equal(span(periodInterval({ kind: 'calendar', calendar: 'islamic-umalqura', month: '9' }, 2022)), '2022-04-02/2022-05-01');
  assert.equal(span(periodInterval({ kind: 'calendar', calendar: 'islamic-umalqura', month: '10', day: 1 }, 2022)), '2022-05-02/2022-05-02');
  assert.equal(span(periodInterval({ kind: 'calendar', calendar: 'hebrew', month: 'Kislev', day: 25, days: 8 }, 2021)), '2021-11-29/2021-12-06');
  assert.equal(span(periodInterval({ kind: 'calendar', calendar: 'persian', month: '1', day: 1 }, 2022)), '2022-03-21/2022-03-21');
  assert.equal(span(periodInterval({ kind: 'calendar', calendar: 'chinese', month: '1', day: 1 }, 2022)), '2022-02-01/2022-02-01');
});

test('time/holidays fixed spans, crossing the year end and Feb 29', () => {
  assert.equal(span(periodInterval({ kind: 'fixed', start: '01-01', end: '01-08' }, 2022)), '2022-01-01/2022-01-08');
  assert.equal(span(periodInterval({ kind: 'fixed', start: '12-29', end: '01-03' }, 2021)), '2021-12-29/2022-01-03');
  assert.equal(periodInterval({ kind: 'fixed', start: '02-29' }, 2023), null);
  assert.equal(periodInterval({ kind: 'linked' }, 2023), null);
  assert.equal(dayNum(2022, 1, 1) <= dayNum(2022, 1, 8), true);
});
