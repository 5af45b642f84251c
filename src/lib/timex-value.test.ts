import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timexDays } from './timex-value.ts';

test('lib/timex-value: first and last day of each kind of value', () => {
  const cases: Array<[string | null, string | null, string | null]> = [
    ['2021-12-27', '2021-12-27', '2021-12-27'],
    ['2021-W51', '2021-12-20', '2021-12-26'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
    ['2021-W52-WE', '2022-01-01', '2022-01-02'],
    ['2021-11', '2021-11-01', '2021-11-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-Q3', '2023-07-01', '2023-09-30'],
    ['2023-H2', '2023-07-01', '2023-12-31'],
    ['2021-WI', '2021-12-01', '2022-02-28'],
    ['2022-SP', '2022-03-01', '2022-05-31'],
    ['2022', '2022-01-01', '2022-12-31'],
    ['199', '1990-01-01', '1999-12-31'],
    ['2021-12-01/2021-12-27', '2021-12-01', '2021-12-27'],
    ['2022-01-10/..', '2022-01-10', null],
    ['../2022-01-09', null, '2022-01-09'],
    ['2014/..', '2014-01-01', null],
    ['PXD', null, null],
    [null, null, null],
  ];
  for (const [value, start, end] of cases) assert.deepEqual(timexDays(value), { start, end }, String(value));
});
