import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVENT_FILTER_NAMES, EVENT_FILTERS, filterFlag, filterMessage, FilterValueError, parseEventFilter, splitList } from './filter-spec.ts';

test('filter-spec: every filter has a name, flag, syntax, description and a working example', () => {
  assert.deepEqual(EVENT_FILTER_NAMES, ['actor', 'dyad', 'type', 'mode', 'status', 'since', 'until', 'q', 'min_confidence']);
  for (const name of EVENT_FILTER_NAMES) {
    const def = EVENT_FILTERS[name];
    assert.equal(def.name, name);
    assert.match(def.syntax, /^<.+>$/);
    assert.ok(def.description.length > 10, name);
    assert.equal(def.parse(def.example).ok, true, `${name} example ${def.example}`);
  }
  assert.equal(filterFlag('actor'), '--actor');
  assert.equal(filterFlag('min_confidence' as never), '--min-confidence');
});

test('filter-spec: lists, any case, duplicates and blanks dropped', () => {
  const cases: [Record<string, string>, object][] = [
    [{ type: 'consult, THREATEN,consult' }, { type: ['CONSULT', 'THREATEN'] }],
    [{ status: 'Occurred,DENIED,' }, { status: ['occurred', 'denied'] }],
    [{ mode: 'Visit,phone' }, { mode: ['visit', 'phone'] }],
    [{ actor: ' rus , Russia ,NATO' }, { actor: ['rus', 'Russia', 'NATO'] }],
    [{ dyad: 'usa, Russia' }, { dyad: ['usa', 'Russia'] }],
    [{ dyad: 'RUS,RUS' }, { dyad: ['RUS', 'RUS'] }],
    [{ since: '2022-01-05', until: ' 2022-02-28 ' }, { since: '2022-01-05', until: '2022-02-28' }],
    [{ q: '  security guarantees ' }, { q: 'security guarantees' }],
    [{ min_confidence: ' 0.5 ' }, { min_confidence: 0.5 }],
    [{ min_confidence: '.25' }, { min_confidence: 0.25 }],
    [{ min_confidence: '0' }, { min_confidence: 0 }],
    [{ min_confidence: '1' }, { min_confidence: 1 }],
    [{}, {}],
  ];
  for (const [input, expected] of cases) assert.deepEqual(parseEventFilter(input), { ok: true, value: expected }, JSON.stringify(input));
  assert.deepEqual(splitList(' a, ,b,'), ['a', 'b']);
});

test('filter-spec: bad values name the filter and the value; false friends included', () => {
  const cases: [Record<string, string>, string, string][] = [
    [{ type: 'CONSULT,PARTY' }, 'type', 'PARTY'],
    [{ type: '' }, 'type', ''],
    [{ type: ',' }, 'type', ''],
    [{ status: 'maybe' }, 'status', 'maybe'],
    [{ mode: 'no spaces' }, 'mode', 'no spaces'],
    [{ dyad: 'RUS' }, 'dyad', 'RUS'],
    [{ dyad: 'RUS,USA,CHN' }, 'dyad', 'RUS,USA,CHN'],
    [{ actor: 'a\u0000b' }, 'actor', 'a\u0000b'],
    [{ actor: 'x'.repeat(201) }, 'actor', 'x'.repeat(201)],
    [{ since: '2022-1-5' }, 'since', '2022-1-5'],
    [{ until: '2022-02-30' }, 'until', '2022-02-30'],
    [{ q: '   ' }, 'q', '   '],
    [{ min_confidence: 'high' }, 'min_confidence', 'high'],
    [{ min_confidence: '1.5' }, 'min_confidence', '1.5'],
    [{ min_confidence: '-0.1' }, 'min_confidence', '-0.1'],
    [{ min_confidence: '' }, 'min_confidence', ''],
    [{ min_confidence: '1e-1' }, 'min_confidence', '1e-1'],
  ];
  for (const [input, filter, value] of cases) {
    const parsed = parseEventFilter(input);
    assert.equal(parsed.ok, false, JSON.stringify(input));
    if (!parsed.ok) {
      assert.equal(parsed.issue.filter, filter);
      assert.equal(parsed.issue.value, value);
    }
  }
  const many = parseEventFilter({ actor: Array.from({ length: 51 }, (_, i) => `A${i}`).join(',') });
  assert.equal(many.ok, false);
});

test('filter-spec: one wording, spelt as the surface spells the filter', () => {
  const issue = { filter: 'type' as const, value: 'PARTY', reason: 'expected PLOVER types' };
  assert.equal(filterMessage(issue), 'bad type "PARTY": expected PLOVER types');
  assert.equal(filterMessage(issue, '--type'), 'bad --type "PARTY": expected PLOVER types');
  const error = new FilterValueError(issue, '--type');
  assert.equal(error.message, filterMessage(issue, '--type'));
  assert.equal(error.code, 'E_USAGE_BAD_FILTER');
  assert.equal(new FilterValueError(issue).message, filterMessage(issue));
});
