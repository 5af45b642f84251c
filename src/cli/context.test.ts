import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatelineError } from '../errors.ts';
import { checkDate, MAX_COUNT, parseCount } from './context.ts';

const usageError = (e: unknown): boolean => e instanceof DatelineError && e.code.startsWith('E_USAGE');

test('parseCount (issue 17): whole numbers up to MAX_COUNT; huge, signed, fractional or empty values are usage errors', () => {
  assert.equal(parseCount('0', '--offset'), 0);
  assert.equal(parseCount('500', '--limit'), 500);
  assert.equal(parseCount(String(MAX_COUNT), '--limit'), MAX_COUNT);
  for (const bad of ['99999999999999999999', String(MAX_COUNT + 1), '-1', '1.5', '1e3', '0x10', '', ' 5', 'ten']) {
    assert.throws(() => parseCount(bad, '--limit'), usageError, JSON.stringify(bad));
  }
  assert.throws(() => parseCount('99999999999999999999', '--offset'), /--offset must be a whole number from 0 to 9007199254740991, got "99999999999999999999"/);
});

test('checkDate (issue 17): a real calendar day, as the API checks it', () => {
  assert.equal(checkDate(undefined, '--since'), undefined);
  for (const good of ['2022-02-28', '2020-02-29', '2000-02-29', '2021-12-31']) assert.equal(checkDate(good, '--since'), good);
  for (const bad of ['2022-02-30', '2021-02-29', '1900-02-29', '2022-04-31', '2022-13-01', '2022-00-10', '2022-01-00', '2022-1-5', '2022-01-05T00:00Z']) {
    assert.throws(() => checkDate(bad, '--since'), (e: unknown) => e instanceof DatelineError && e.code === 'E_USAGE_BAD_DATE', bad);
  }
});
