import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, type ActorMention, type EventSpan } from '../doc/index.ts';
import { DEFAULT_DATA_DIR } from '../lib/paths.ts';
import { segment } from '../nlp/segment.ts';
import { loadTimeLexicon, tagTimex } from '../time/index.ts';
import { codeEvents, loadEventLexicon } from './index.ts';

// The event's own date, taken from the time stage's expressions: kept whole, and never after the
// article unless the event is still to come.
const { lexicon } = loadEventLexicon(DEFAULT_DATA_DIR, { strict: true });
const time = loadTimeLexicon(DEFAULT_DATA_DIR, { strict: true });
const COUNTRIES: Record<string, string> = { Russia: 'RUS', Ukraine: 'UKR', Iran: 'IRN', Iraq: 'IRQ' };

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Days 2 to 28 of every month of 2021 and 2022 (every fifth day), each a different weekday. */
const REFS = Array.from({ length: 24 }, (_, k) => iso(new Date(Date.UTC(2021 + Math.floor(k / 12), k % 12, 2 + ((k * 5) % 27)))));

function events(text: string, ref: string): EventSpan[] {
  const doc = createDoc(text, ref);
  segment(doc);
  const actors: ActorMention[] = [];
  for (const [name, code] of Object.entries(COUNTRIES)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      actors.push({ label: 'ACTOR', start: at, end: at + name.length, actor: { id: `country:${code}`, name, country: code, org: null, sector: null, role: null }, rule: 'test', reason: 'test' });
    }
  }
  doc.spans.actors = actors.sort((a, b) => a.start - b.start);
  tagTimex(doc, time);
  return codeEvents(doc, lexicon);
}

test('events/date an event keeps its expression\'s range: "earlier this month" is the month so far, not its first day', () => {
  for (const ref of REFS) {
    const [y, m, d] = ref.split('-').map(Number) as [number, number, number];
    const e = events('Russia attacked Ukraine earlier this month.', ref)[0]!;
    assert.equal(e.date, `${ref.slice(0, 7)}-01/${iso(new Date(Date.UTC(y, m - 1, d - 1)))}`, ref);
  }
});

test('events/date an event keeps its expression\'s precision: a month stays a month, a week a week', () => {
  for (const ref of REFS) {
    const e = events('Russia attacked Ukraine last month.', ref)[0]!;
    const [y, m] = ref.split('-').map(Number) as [number, number];
    assert.equal(e.date, iso(new Date(Date.UTC(y, m - 2, 1))).slice(0, 7), ref);
  }
});

test('events/date "the first summit in 20 years" dates no event in the future: the stretch is no date', () => {
  for (const ref of REFS) {
    for (const e of events('Iraq hosted its first summit with Iran in 20 years.', ref)) {
      assert.ok(e.date === null || e.date <= ref, `${ref}: ${e.date}`);
    }
  }
});

test('events/date a date after the article stays only on an event still to come', () => {
  for (const ref of REFS) {
    for (const text of ['Russia will attack Ukraine next month.', 'Russia had attacked Ukraine, which plans talks next month.', 'Russia threatened to attack Ukraine next month.']) {
      for (const e of events(text, ref)) {
        if (e.date && e.date.slice(0, 7) > ref.slice(0, 7)) assert.notEqual(e.status, 'occurred', `${ref} ${text}: ${e.event} ${e.date}`);
      }
    }
  }
});

test('events/date a done act with a later date in its sentence is left undated, and says why', () => {
  for (const ref of REFS) {
    const e = events('Russia threatened to attack Ukraine next month.', ref)[0]!;
    assert.equal(e.status, 'occurred', ref);
    assert.equal(e.date, null, ref);
    assert.ok(e.explain.some((x) => x.decides === 'date' && x.rule === 'rule:events/date-after-article'), ref);
  }
});
