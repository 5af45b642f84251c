import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_DATA_DIR } from '../lib/paths.ts';
import { findTimex } from './find.ts';
import { loadTimeLexicon } from './lexicon.ts';

const lexicon = loadTimeLexicon(DEFAULT_DATA_DIR, { strict: true });

/** The first day of every month of 2017 and the last days of 2017 and 2020 (a leap year). */
const REFS = [...Array.from({ length: 12 }, (_, m) => `2017-${String(m + 1).padStart(2, '0')}-01`), '2017-12-31', '2020-12-31', '2020-02-29'];

function valueOf(text: string, span: string, ref: string): string | null | undefined {
  return findTimex(lexicon, text, ref).find((f) => f.text === span)?.value;
}

const STRETCHES: Array<[string, string, string]> = [
  ['It was the first summit in Baghdad in 20 years.', 'in 20 years', 'P20Y'],
  ['Iraq will host its first summit in 20 years.', 'in 20 years', 'P20Y'],
  ['The region suffered the worst drought in 40 years.', 'in 40 years', 'P40Y'],
  ['The risk of war is highest in 30 years.', 'in 30 years', 'P30Y'],
  ['It is the biggest military exercise in a decade.', 'in a decade', 'P10Y'],
  ['It was the only visit by a US president in three decades.', 'in three decades', 'P30Y'],
  ["It hasn't happened in ten years.", 'in ten years', 'P10Y'],
  ['Prices have risen sharply in six months.', 'in six months', 'P6M'],
  ['There has been no rain in 40 years.', 'in 40 years', 'P40Y'],
  ['No rain in 40 years.', 'in 40 years', 'P40Y'],
  ['More than 500 people were killed in eight days.', 'in eight days', 'P8D'],
];

for (const [text, span, value] of STRETCHES) {
  test(`time/span-reading "${span}" in ${JSON.stringify(text)} is a stretch up to the article date on every article date`, () => {
    for (const ref of REFS) assert.equal(valueOf(text, span, ref), value, ref);
  });
}

test('time/span-reading "in N years" in a future or untensed clause without a cue is the year N ahead', () => {
  for (const ref of REFS) {
    const year = Number(ref.slice(0, 4));
    assert.equal(valueOf('The bridge will be completed in 20 years.', 'in 20 years', ref), String(year + 20), ref);
    assert.equal(valueOf('The first phase will be completed in two years.', 'in two years', ref), String(year + 2), ref);
    assert.equal(valueOf('Elections in two years.', 'in two years', ref), String(year + 2), ref);
    assert.equal(valueOf('The deal expires in two years.', 'in two years', ref), String(year + 2), ref);
  }
});

test('time/span-reading the span reason is given and the value is never after the article year', () => {
  const doc = findTimex(lexicon, 'It was the first summit in Baghdad in 20 years.', '2017-10-04');
  assert.equal(doc.length, 1);
  assert.equal(doc[0]!.type, 'DURATION');
});

test('time/span-reading a negated future clause still looks ahead; -est words that rank nothing are no cue', () => {
  assert.equal(valueOf('The plant will not close in two years.', 'in two years', '2017-10-04'), '2019');
  assert.equal(valueOf('A modest rise is expected in two years.', 'in two years', '2017-10-04'), '2019');
});
