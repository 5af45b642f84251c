import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isCalendarDate, parseDate } from './dates.ts';

describe('parseDate', () => {
  test('reads a plain day with no timestamp', () => {
    assert.deepEqual(parseDate('2021-12-28'), { date: '2021-12-28', published: null });
  });

  test('keeps the day as written in the source zone, not the UTC day', () => {
    assert.deepEqual(parseDate('2021-12-28T01:00:00+03:00'), { date: '2021-12-28', published: '2021-12-28T01:00:00+03:00' });
    assert.deepEqual(parseDate('2021-12-28T23:30:00-05:00'), { date: '2021-12-28', published: '2021-12-28T23:30:00-05:00' });
  });

  test('reads Z, fractions, compact offsets and a space for the T', () => {
    assert.deepEqual(parseDate('2021-12-28T09:30:00Z'), { date: '2021-12-28', published: '2021-12-28T09:30:00Z' });
    assert.deepEqual(parseDate('2021-12-28T09:30:00.123Z'), { date: '2021-12-28', published: '2021-12-28T09:30:00.123Z' });
    assert.deepEqual(parseDate('2021-12-28T09:30+0530'), { date: '2021-12-28', published: '2021-12-28T09:30:00+05:30' });
    assert.deepEqual(parseDate('2021-12-28 09:30:00 UTC'), { date: '2021-12-28', published: '2021-12-28T09:30:00Z' });
  });

  test('a timestamp without a zone gives the day but no published instant', () => {
    assert.deepEqual(parseDate('2021-12-28T09:30:00'), { date: '2021-12-28', published: null });
  });

  test('reads RFC 822 dates as RSS writes them', () => {
    assert.deepEqual(parseDate('Tue, 28 Dec 2021 09:30:00 GMT'), { date: '2021-12-28', published: '2021-12-28T09:30:00Z' });
    assert.deepEqual(parseDate('Tue, 28 Dec 2021 23:59:00 +0300'), { date: '2021-12-28', published: '2021-12-28T23:59:00+03:00' });
    assert.deepEqual(parseDate('28 Dec 21 09:30 EST'), { date: '2021-12-28', published: '2021-12-28T09:30:00-05:00' });
    assert.deepEqual(parseDate('5 December 2021'), { date: '2021-12-05', published: null });
  });

  test('rejects impossible days and times', () => {
    assert.equal(parseDate('2021-02-30'), null);
    assert.equal(parseDate('2021-13-01'), null);
    assert.equal(parseDate('2021-12-28T24:00:00Z'), null);
    assert.equal(parseDate('2021-12-28T10:00:00+15:00'), null);
    assert.equal(parseDate('Tue, 30 Feb 2021 09:30:00 GMT'), null);
  });

  test('rejects text that is not a date', () => {
    for (const text of ['', 'yesterday', '28/12/2021', '2021-12', '20211228', '31 Decimal 2021', 'Tue, 28 Dec 2021 09:30:00 XYZ']) {
      assert.equal(parseDate(text), null, text);
    }
  });
});

describe('isCalendarDate', () => {
  test('knows leap years', () => {
    assert.equal(isCalendarDate(2020, 2, 29), true);
    assert.equal(isCalendarDate(2021, 2, 29), false);
    assert.equal(isCalendarDate(1900, 2, 29), false);
    assert.equal(isCalendarDate(2000, 2, 29), true);
  });
});
