// The web UI's pure modules (no DOM needed), run in Node: routes, filters, calendar arithmetic,
// annotation segmentation and the map's colour classes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { niceScale } from '../../web/src/chart.ts';
import { addDays, autoInterval, axisTicks, bucketEndDay, bucketStart, dayNumber, isoFromDay } from '../../web/src/dates.ts';
import { DEFAULT_MIN_CONFIDENCE as WEB_DEFAULT_MIN_CONFIDENCE, describeFilter, filterParams, normalizeCode, readFilter, readMinConfidence } from '../../web/src/filters.ts';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/events/confidence.ts';
import { segmentText, sentenceOf, type Layer } from '../../web/src/highlight.ts';
import { colorClasses, colorFor, NO_DATA_COLOR } from '../../web/src/map-scale.ts';
import { majorityColor, quadOf, TIED_COLOR } from '../../web/src/quad.ts';
import { href, parseHash, samePage } from '../../web/src/router.ts';

describe('router', () => {
  test('parses every view, its id and parameters; unknown paths are notfound', () => {
    assert.deepEqual({ ...parseHash(''), params: '' }, { view: 'timeline', id: null, params: '' });
    const article = parseHash('#/article/0d6eb352fb40c1de?s=3&e=x%3Ae1');
    assert.equal(article.view, 'article');
    assert.equal(article.id, '0d6eb352fb40c1de');
    assert.equal(article.params.get('e'), 'x:e1');
    assert.equal(parseHash('#/actor/person%3A~alexander-grushko').id, 'person:~alexander-grushko');
    assert.equal(parseHash('#/network?actor=RUS').params.get('actor'), 'RUS');
    assert.equal(parseHash('#/article').view, 'notfound', 'an article needs an id');
    assert.equal(parseHash('#/map/RUS').view, 'notfound');
    assert.equal(parseHash('#/nowhere').view, 'notfound');
    assert.equal(parseHash('#/actor/%E0%A4%A').view, 'notfound', 'a malformed escape is not an id');
  });

  test('href round-trips through parseHash and drops empty values', () => {
    const link = href('timeline', null, { dyad: 'RUS,USA', type: '', status: ['denied', 'hypothetical'], cursor: null });
    assert.equal(link, '#/timeline?dyad=RUS%2CUSA&status=denied%2Chypothetical');
    const back = parseHash(link);
    assert.equal(back.params.get('dyad'), 'RUS,USA');
    assert.equal(href('actor', 'person:x y'), '#/actor/person%3Ax%20y');
    assert.equal(parseHash(href('actor', 'person:x y')).id, 'person:x y');
    assert.ok(samePage(parseHash('#/map?actor=RUS'), parseHash('#/map')));
    assert.ok(!samePage(parseHash('#/actor/RUS'), parseHash('#/actor/USA')));
    assert.ok(!samePage(null, parseHash('#/map')));
  });
});

describe('filters', () => {
  test('the default status is occurred+scheduled and is left out of URLs', () => {
    const none = readFilter(new URLSearchParams(''));
    assert.deepEqual(none.status, ['occurred', 'scheduled']);
    assert.deepEqual(filterParams(none), {});
    const denied = readFilter(new URLSearchParams('status=denied,bogus,denied&actor=RUS&dyad=RUS, USA'));
    assert.deepEqual(denied.status, ['denied'], 'unknown statuses dropped, duplicates merged');
    assert.deepEqual(filterParams(denied), { actor: 'RUS', dyad: 'RUS,USA', status: 'denied' });
    assert.deepEqual(readFilter(new URLSearchParams('status=bogus')).status, ['occurred', 'scheduled']);
  });

  test('min_confidence (issue 10): empty is the default, left out of URLs; 0 is every event; the UI knows the server\'s threshold', () => {
    assert.equal(WEB_DEFAULT_MIN_CONFIDENCE, DEFAULT_MIN_CONFIDENCE);
    assert.equal(readFilter(new URLSearchParams('')).min_confidence, '');
    assert.deepEqual(filterParams(readFilter(new URLSearchParams('min_confidence=.50'))), { min_confidence: '0.5' });
    assert.deepEqual(filterParams(readFilter(new URLSearchParams('min_confidence=0'))), { min_confidence: '0' });
    for (const bad of ['2', '-1', 'high', '1e-1', '']) assert.equal(readMinConfidence(bad), '', bad);
    assert.equal(describeFilter(readFilter(new URLSearchParams('min_confidence=0'))), 'any confidence');
    assert.equal(describeFilter(readFilter(new URLSearchParams('min_confidence=0.6'))), 'confidence at least 0.6');
  });

  test('short codes are upper-cased, actor ids are not', () => {
    assert.equal(normalizeCode(' rus '), 'RUS');
    assert.equal(normalizeCode('nato'), 'NATO');
    assert.equal(normalizeCode('person:sergey-lavrov'), 'person:sergey-lavrov');
  });

  test('describes the active filters in words', () => {
    const f = readFilter(new URLSearchParams('dyad=RUS,USA&type=CONSULT&mode=visit&since=2022-01-01&q=talks'));
    assert.equal(describeFilter(f), 'between RUS and USA, of type CONSULT/visit, from 2022-01-01, mentioning “talks”');
    assert.equal(describeFilter(readFilter(new URLSearchParams(''))), '');
  });
});

describe('dates', () => {
  test('day numbers, buckets and weeks starting on Monday, in UTC', () => {
    assert.equal(dayNumber('1970-01-01'), 0);
    assert.equal(isoFromDay(dayNumber('2024-02-29')), '2024-02-29');
    assert.equal(addDays('2021-12-31', 1), '2022-01-01');
    assert.equal(bucketStart('2022-01-13', 'week'), '2022-01-10');
    assert.equal(bucketStart('2022-01-10', 'week'), '2022-01-10');
    assert.equal(bucketStart('2022-01-16', 'week'), '2022-01-10', 'Sunday belongs to the week before');
    assert.equal(bucketStart('2022-02-17', 'month'), '2022-02-01');
    assert.equal(bucketEndDay('2022-12-01', 'month'), dayNumber('2023-01-01'));
    assert.equal(bucketEndDay('2022-01-10', 'week'), dayNumber('2022-01-17'));
    assert.throws(() => dayNumber('2022-1-5'), RangeError);
  });

  test('axis ticks are Mondays for a few months and month starts beyond', () => {
    const weekly = axisTicks(dayNumber('2021-12-17'), dayNumber('2022-02-25'), 12);
    assert.ok(weekly.length >= 8 && weekly.every((t) => !t.monthly && bucketStart(t.iso, 'week') === t.iso));
    const monthly = axisTicks(dayNumber('2020-01-01'), dayNumber('2022-01-01'), 8);
    assert.ok(monthly.every((t) => t.monthly && t.iso.endsWith('-01')));
    assert.ok(monthly.length <= 8 && monthly.length >= 4, `${monthly.length} ticks`);
    assert.equal(autoInterval(70), 'day');
    assert.equal(autoInterval(400), 'week');
    assert.equal(autoInterval(4000), 'month');
  });
});

describe('annotation segments', () => {
  test('overlapping annotations nest: every segment lists what covers it, outermost first', () => {
    const layers: Layer[] = [
      { kind: 'trigger', start: 7, end: 15, key: 0 },
      { kind: 'quote', start: 0, end: 24, key: 0 },
      { kind: 'actor', start: 0, end: 6, key: 0 },
      { kind: 'actor', start: 12, end: 20, key: 1 },
    ];
    const segments = segmentText(30, layers, [24]);
    assert.deepEqual(segments.map((s) => [s.start, s.end, s.layers.map((l) => `${l.kind}${l.key}`).join('+')]), [
      [0, 6, 'quote0+actor0'],
      [6, 7, 'quote0'],
      [7, 12, 'quote0+trigger0'],
      [12, 15, 'quote0+actor1+trigger0'],
      [15, 20, 'quote0+actor1'],
      [20, 24, 'quote0'],
      [24, 30, ''],
    ]);
  });

  test('segments cover the text without gaps; bad spans are ignored', () => {
    const segments = segmentText(10, [{ kind: 'actor', start: 8, end: 14, key: 0 }, { kind: 'timex', start: 3, end: 3, key: 0 }], [5]);
    assert.deepEqual(segments.map((s) => [s.start, s.end, s.layers.length]), [[0, 5, 0], [5, 10, 0]]);
    assert.deepEqual(segmentText(0, []), []);
  });

  test('sentenceOf finds the sentence holding a segment, or -1 between sentences', () => {
    const sentences = [{ start: 0, end: 10 }, { start: 12, end: 20 }];
    assert.equal(sentenceOf(sentences, { start: 3, end: 5 }), 0);
    assert.equal(sentenceOf(sentences, { start: 12, end: 13 }), 1);
    assert.equal(sentenceOf(sentences, { start: 10, end: 12 }), -1);
  });
});

describe('scales and colours', () => {
  test('map colour classes grow geometrically and never repeat', () => {
    const classes = colorClasses(268);
    assert.equal(classes.length, 5);
    assert.equal(classes[0]?.min, 1);
    assert.equal(classes[4]?.max, 268);
    for (let i = 1; i < classes.length; i++) assert.equal(classes[i]?.min, (classes[i - 1]?.max ?? 0) + 1);
    assert.equal(new Set(classes.map((c) => c.color)).size, 5);
    assert.equal(colorFor(0, classes), NO_DATA_COLOR);
    assert.equal(colorFor(268, classes), classes[4]?.color);
    assert.equal(colorClasses(2).length, 2);
    assert.deepEqual(colorClasses(0), []);
  });

  test('chart axis maxima are round; quad helpers', () => {
    assert.deepEqual(niceScale(37), { max: 40, step: 10 });
    assert.deepEqual(niceScale(13), { max: 15, step: 5 });
    assert.deepEqual(niceScale(0), { max: 1, step: 1 });
    assert.deepEqual(niceScale(3), { max: 3, step: 1 });
    assert.equal(quadOf('THREATEN'), 'verbal_conflict');
    assert.equal(quadOf('NOPE'), null);
    assert.equal(majorityColor(4, 1), '#0072B2');
    assert.equal(majorityColor(1, 4), '#D55E00');
    assert.equal(majorityColor(2, 2), TIED_COLOR);
  });
});

describe('browser test harness', () => {
  // Issue 15: `npm test` rewrote the tracked docs/screenshots/*.png; only `npm run screenshots` may.
  test('screenshots go to a temp folder unless DATELINE_SCREENSHOTS names one', async () => {
    const { tmpdir } = await import('node:os');
    const { join, relative } = await import('node:path');
    const { ROOT, screenshotDir } = await import('./harness.ts');
    const during = screenshotDir({});
    assert.ok(!relative(tmpdir(), during).startsWith('..'), `${during} is under ${tmpdir()}`);
    assert.ok(relative(ROOT, during).startsWith('..'), `${during} is outside the repository`);
    assert.equal(screenshotDir({ DATELINE_SCREENSHOTS: 'docs/screenshots' }), join(ROOT, 'docs', 'screenshots'));
  });
});
