import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCalendarDate, isIsoDay } from './calendar-day.ts';

describe('isIsoDay', () => {
  it('accepts real days, leap days included', () => {
    for (const day of ['2022-01-01', '2024-02-29', '2000-02-29', '2021-12-31']) assert.equal(isIsoDay(day), true, day);
  });
  it('refuses impossible days and months instead of rolling them over', () => {
    for (const day of ['2022-02-30', '2022-13-01', '2022-00-10', '2022-01-32', '2022-01-00', '1900-02-29', '2022-1-01', ' 2022-01-01', '2022-01-01T00:00']) {
      assert.equal(isIsoDay(day), false, day);
    }
  });
});

describe('isCalendarDate', () => {
  it('knows month lengths', () => {
    assert.equal(isCalendarDate(2021, 4, 31), false);
    assert.equal(isCalendarDate(2021, 4, 30), true);
    assert.equal(isCalendarDate(2021, 2.5, 1), false);
  });
});
