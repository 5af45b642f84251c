import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_DATA_DIR } from '../lib/paths.ts';
import { findTimex } from './find.ts';
import { loadTimeLexicon } from './lexicon.ts';

const lexicon = loadTimeLexicon(DEFAULT_DATA_DIR, { strict: true });
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The last day of every month of 2021, and the first of every month of 2022. */
const MONTH_EDGES = [
  ...Array.from({ length: 12 }, (_, m) => iso(new Date(Date.UTC(2021, m + 1, 0)))),
  ...Array.from({ length: 12 }, (_, m) => iso(new Date(Date.UTC(2022, m, 1)))),
];

/** The occurrence of month-day (month 0-11) nearest to `ref`, computed here with Date, not by the code under test. */
function nearest(ref: string, month: number, day: number): string {
  const r = Date.parse(ref);
  const y = Number(ref.slice(0, 4));
  return [y - 1, y, y + 1].map((k) => Date.UTC(k, month, day)).sort((a, b) => Math.abs(a - r) - Math.abs(b - r)).map((t) => iso(new Date(t)))[0]!;
}

function valueOf(text: string, span: string, ref: string): string | null | undefined {
  return findTimex(lexicon, text, ref).find((f) => f.text === span)?.value;
}

test('time/month-day a date a past act looks ahead to takes the nearest occurrence, for every month and article date', () => {
  for (const ref of MONTH_EDGES) {
    const next = new Date(Date.parse(ref) + 10 * 86_400_000);
    const month = next.getUTCMonth();
    const name = MONTHS[month]!;
    const want = nearest(ref, month, 10);
    assert.equal(valueOf(`Both sides prepared for security talks in Geneva on ${name} 10.`, `on ${name} 10`, ref), want, ref);
    assert.equal(valueOf(`The vote was set for ${name} 10.`, `${name} 10`, ref), want, ref);
    assert.equal(valueOf(`He was asking both sides to meet on 10 ${name}.`, `on 10 ${name}`, ref), want, ref);
    assert.equal(valueOf(`Talks are due on ${name} 10.`, `on ${name} 10`, ref), want, ref);
    assert.equal(valueOf(`It came as talks began, to be followed by a meeting on ${name} 10.`, `on ${name} 10`, ref), want, ref);
  }
});

test('time/month-day a past clause still reads a month-day as the last one, and a future clause as the next one', () => {
  for (const ref of MONTH_EDGES) {
    const r = Date.parse(ref);
    for (let m = 0; m < 12; m++) {
      const y = Number(ref.slice(0, 4));
      const thisYear = Date.UTC(y, m, 10);
      const past = iso(new Date(thisYear <= r ? thisYear : Date.UTC(y - 1, m, 10)));
      const future = iso(new Date(thisYear >= r ? thisYear : Date.UTC(y + 1, m, 10)));
      assert.equal(valueOf(`Talks were held on ${MONTHS[m]} 10.`, `on ${MONTHS[m]} 10`, ref), past, `${ref} ${MONTHS[m]}`);
      assert.equal(valueOf(`Talks will be held on ${MONTHS[m]} 10.`, `on ${MONTHS[m]} 10`, ref), future, `${ref} ${MONTHS[m]}`);
    }
  }
});

test('time/month-day a possessive date is no target: "responsible for Saturday\'s attack" looks back', () => {
  for (let d = 0; d < 7; d++) {
    const ref = iso(new Date(Date.UTC(2018, 3, 9 + d))); // Monday 9 April 2018 to Sunday 15 April
    const sat = iso(new Date(Date.UTC(2018, 3, 14 - (d === 6 ? 0 : 7) + (d === 5 ? 7 : 0))));
    assert.equal(valueOf("The regime was responsible for Saturday's attack.", 'Saturday', ref), sat, ref);
  }
});

test('time/bare-day "on the 12th" is the 12th of the month by tense, nearest without one, across month and year ends', () => {
  for (const ref of MONTH_EDGES) {
    const r = new Date(Date.parse(ref));
    const y = r.getUTCFullYear();
    const m = r.getUTCMonth();
    const cands = [-1, 0, 1].map((k) => Date.UTC(y, m + k, 12));
    const past = iso(new Date(cands.filter((t) => t <= r.getTime()).pop()!));
    const future = iso(new Date(cands.find((t) => t >= r.getTime())!));
    const near = iso(new Date(cands.slice().sort((a, b) => Math.abs(a - r.getTime()) - Math.abs(b - r.getTime()))[0]!));
    assert.equal(valueOf('The talks were held on the 12th.', 'on the 12th', ref), past, ref);
    assert.equal(valueOf('The talks will be held on the 12th.', 'on the 12th', ref), future, ref);
    assert.equal(valueOf('Talks on the 12th.', 'on the 12th', ref), near, ref);
  }
  assert.deepEqual(findTimex(lexicon, 'He lives on the 12th floor.', '2021-12-31'), []);
});

test('time/listed-days "on 9 and 10 January" and "January 9, 10 and 11" find every day, each its own expression', () => {
  for (const ref of MONTH_EDGES) {
    for (let m = 0; m < 12; m++) {
      const name = MONTHS[m]!;
      const want = (day: number): string => nearest(ref, m, day);
      assert.deepEqual(findTimex(lexicon, `Talks on 9 and 10 ${name}.`, ref).map((f) => [f.text, f.value]), [['on 9', want(9)], [`10 ${name}`, want(10)]], `${ref} ${name}`);
      assert.deepEqual(findTimex(lexicon, `Talks on ${name} 9, 10 and 11.`, ref).map((f) => [f.text, f.value]), [[`on ${name} 9`, want(9)], ['10', want(10)], ['11', want(11)]], `${ref} ${name}`);
    }
  }
  assert.deepEqual(findTimex(lexicon, 'Talks between 9 and 12 January.', '2021-12-31').map((f) => f.value), ['2022-01-09/2022-01-12']);
  assert.deepEqual(findTimex(lexicon, 'On January 9 and 10 people died.', '2022-01-31').map((f) => f.text), ['On January 9']);
});

test('time/clock a time of day keeps the day and the time in the value, for every weekday', () => {
  for (let d = 0; d < 7; d++) {
    const ref = iso(new Date(Date.UTC(2021, 11, 27 + d))); // Monday 27 December 2021 to Sunday 2 January 2022
    assert.equal(valueOf('The talks began at 3 p.m.', 'at 3 p.m.', ref), `${ref}T15:00`, ref);
    assert.equal(valueOf('The talks began at 15:00 GMT.', 'at 15:00 GMT', ref), `${ref}T15:00Z`, ref);
    assert.equal(valueOf('The talks began at 10:30am in Geneva.', 'at 10:30am', ref), `${ref}T10:30`, ref);
    assert.equal(valueOf('The talks began at 12am in Geneva.', 'at 12am', ref), `${ref}T00:00`, ref);
    for (let w = 0; w < 7; w++) {
      const back = (d - w + 7) % 7;
      const day = iso(new Date(Date.UTC(2021, 11, 27 + d - back)));
      assert.equal(valueOf(`The talks began at 3 p.m. on ${WEEKDAYS[w]}.`, `at 3 p.m. on ${WEEKDAYS[w]}`, ref), `${day}T15:00`, `${ref} ${WEEKDAYS[w]}`);
      assert.equal(valueOf(`The talks began on ${WEEKDAYS[w]} at 9am in Geneva.`, `on ${WEEKDAYS[w]} at 9am`, ref), `${day}T09:00`, `${ref} ${WEEKDAYS[w]}`);
    }
  }
  const found = findTimex(lexicon, 'The talks began at 3 p.m.', '2021-12-27')[0]!;
  assert.equal(found.type, 'TIME');
  assert.equal(found.granularity, 'day');
  assert.equal(valueOf('The ceasefire runs from 9am until 2pm.', 'from 9am', '2021-12-27'), '2021-12-27T09:00/..');
  assert.deepEqual(findTimex(lexicon, 'Shares rose 10.30 points and 3 of them fell at 25:00.', '2021-12-27'), []);
});
