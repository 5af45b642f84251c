import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../doc/index.ts';
import { DEFAULT_DATA_DIR } from '../lib/paths.ts';
import { segment } from '../nlp/segment.ts';
import { dayNum } from './calendar.ts';
import { findTimex } from './find.ts';
import { tooFarBack, writesYear } from './guard.ts';
import { loadTimeLexicon } from './lexicon.ts';
import { tagTimex } from './tagger.ts';

const lexicon = loadTimeLexicon(DEFAULT_DATA_DIR, { strict: true });

/** Article dates from 2010 to 2030, on a different month and day each year, ends of months included. */
const REFS = Array.from({ length: 21 }, (_, k) => {
  const d = new Date(Date.UTC(2010 + k, k % 12, 1 + ((k * 5) % 28)));
  return k % 4 === 0 ? new Date(Date.UTC(2010 + k, (k % 12) + 1, 0)).toISOString().slice(0, 10) : d.toISOString().slice(0, 10);
});

function spans(text: string, ref: string): Array<{ text: string; value: string | null; reason: string }> {
  const doc = createDoc(text, ref);
  segment(doc);
  tagTimex(doc, lexicon);
  return (doc.spans.timex ?? []).map((s) => ({ text: text.slice(s.start, s.end), value: s.value, reason: s.reason }));
}

test('time/guard writesYear: written years, decades and centuries count; relative ones do not', () => {
  assert.equal(writesYear({ k: 'year', year: 1936 }), true);
  assert.equal(writesYear({ k: 'decade', start: 1930 }), true);
  assert.equal(writesYear({ k: 'decade', start: 30, twoDigit: true }), false);
  assert.equal(writesYear({ k: 'century', ordinal: 19 }), true);
  assert.equal(writesYear({ k: 'date', month: 1, day: 10 }), false);
  assert.equal(writesYear({ k: 'date', year: 1850, month: 1, day: 10 }), true);
  assert.equal(writesYear({ k: 'anchored', unit: 'decade', offset: -8 }), false);
  assert.equal(writesYear({ k: 'relunit', unit: 'century', offset: -2 }), false);
  assert.equal(writesYear({ k: 'open', how: 'from', of: { k: 'year', year: 1850 } }), true);
});

test('time/guard tooFarBack: only values ending more than a century before the article, without a written year', () => {
  const ref = dayNum(2018, 3, 16);
  const old = { value: '185', type: 'DATE' as const, granularity: 'decade' as const, start: dayNum(1850, 1, 1), end: dayNum(1859, 12, 31) };
  assert.match(tooFarBack({ k: 'anchored', unit: 'decade', offset: -8 }, old, ref) ?? '', /more than a century before the article date 2018-03-16/);
  assert.equal(tooFarBack({ k: 'decade', start: 1850 }, old, ref), null);
  const lastCentury = { value: '19', type: 'DATE' as const, granularity: 'century' as const, start: dayNum(1900, 1, 1), end: dayNum(1999, 12, 31) };
  assert.equal(tooFarBack({ k: 'relunit', unit: 'century', offset: -1 }, lastCentury, ref), null);
  assert.equal(tooFarBack({ k: 'duration', unit: 'year', n: 200 }, { value: 'P200Y', type: 'DURATION', granularity: 'year' }, ref), null);
});

test('time/guard "N decades earlier" in a later sentence counts from the article date, on every article date', () => {
  for (const ref of REFS) {
    const y = Number(ref.slice(0, 4));
    const found = spans("It's like Spain in 1936. Following in the tradition of the International Brigades eight decades earlier, he went to fight.", ref);
    assert.deepEqual(found.map((f) => f.value), ['1936', String(Math.floor((y - 80) / 10))], ref);
  }
});

test('time/guard "N years earlier" with a date in its own sentence counts from that date', () => {
  for (const ref of REFS) {
    const found = spans('The treaty was signed in 1990, two years earlier than planned.', ref);
    assert.deepEqual(found.map((f) => f.value), ['1990', '1988'], ref);
  }
});

test('time/guard "N years later" follows an earlier sentence\'s date while it stays in the past, else the article date', () => {
  for (const ref of REFS) {
    const y = Number(ref.slice(0, 4));
    const found = spans(`The war began in ${y - 6}. Two years later, the city fell.`, ref);
    assert.deepEqual(found.map((f) => f.value), [String(y - 6), String(y - 4)], ref);
    const ahead = spans(`The war began in ${y - 1}. Two years later, the city fell.`, ref);
    assert.equal(ahead[1]!.value, String(y + 2), ref);
  }
});

test('time/guard a relative date more than a century back is left unresolved with the reason; a written year is kept', () => {
  for (const ref of REFS) {
    const y = Number(ref.slice(0, 4));
    const dropped = spans('In 1936, two centuries earlier than anyone thought, the walls fell.', ref).find((f) => f.text === 'two centuries earlier');
    assert.equal(dropped?.value, null, ref);
    assert.match(dropped!.reason, /more than a century before the article date/);
    assert.equal(findTimex(lexicon, `The fort was built in ${y - 150}.`, ref)[0]?.value, String(y - 150), ref);
    assert.equal(findTimex(lexicon, 'The fort was built in the 1850s.', ref)[0]?.value, '185', ref);
    assert.equal(findTimex(lexicon, 'The fort was built three centuries ago.', ref)[0]?.value, null, ref);
    assert.equal(findTimex(lexicon, 'The fort was built a century ago.', ref)[0]?.value, String(Math.floor((y - 100) / 100)), ref);
  }
});
