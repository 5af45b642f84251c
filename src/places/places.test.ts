import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline, loadKnowledge } from '../setup.ts';
import { createDoc, type Doc, type PlaceMention } from '../doc/index.ts';
import { foldPlace } from './gazetteer.ts';

const knowledge = loadKnowledge();
const pipeline = buildPipeline(knowledge);
const run = (text: string, date = '2022-03-01'): Doc => pipeline.run(createDoc(text, date));
const placeAt = (doc: Doc, words: string): PlaceMention | undefined => doc.spans.places?.find((p) => doc.text.slice(p.start, p.end) === words);

describe('places: gazetteer', () => {
  it('loads the bundled gazetteer without problems', () => {
    assert.equal(knowledge.problems.filter((p) => p.location?.file?.includes('gazetteer')).length, 0);
    assert.ok(knowledge.gazetteer.size > 100000);
  });
  it('folds case, diacritics, apostrophes and hyphens', () => {
    assert.equal(foldPlace('Zürich'), 'zurich');
    assert.equal(foldPlace('Kramators’k'), 'kramatorsk');
    assert.equal(foldPlace('Rostov-na-Donu'), 'rostov na donu');
  });
});

describe('places: mentions', () => {
  const cases: { text: string; words: string; geonameid: number | null; country: string; precision?: string }[] = [
    { text: 'Artillery hit apartment blocks in Kharkiv overnight, officials said.', words: 'Kharkiv', geonameid: 706483, country: 'UKR' },
    { text: 'Troops dug in near Izium on Tuesday.', words: 'Izium', geonameid: 707292, country: 'UKR' },
    { text: 'The mayor of Paris, Texas, opened a new library.', words: 'Paris', geonameid: 4717560, country: 'USA' },
    { text: 'Envoys met in Geneva to discuss arms control.', words: 'Geneva', geonameid: 2660646, country: 'CHE' },
    { text: 'Lebanese troops were deployed in Tripoli after clashes between rival factions in northern Lebanon.', words: 'Tripoli', geonameid: 266826, country: 'LBN' },
    { text: 'Libyan militias clashed in Tripoli on Friday.', words: 'Tripoli', geonameid: 2210247, country: 'LBY' },
    { text: 'Shelling continued across the Donetsk region.', words: 'Donetsk', geonameid: null, country: 'UKR', precision: 'region' },
    { text: 'Aid convoys reached towns in Ukraine on Sunday.', words: 'Ukraine', geonameid: null, country: 'UKR', precision: 'country' },
  ];
  for (const c of cases) {
    it(`${c.words} in "${c.text}"`, () => {
      const p = placeAt(run(c.text), c.words);
      assert.ok(p, `no place for ${c.words}`);
      assert.equal(p.geonameid, c.geonameid);
      assert.equal(p.country, c.country);
      assert.equal(p.precision, c.precision ?? (c.geonameid === null ? 'region' : 'city'));
    });
  }

  const notPlaces: { text: string; words: string; why: string }[] = [
    { text: 'Moscow said the proposals were unacceptable.', words: 'Moscow', why: 'a capital standing for its government' },
    { text: 'Paris Hilton arrived at the premiere.', words: 'Paris', why: 'part of a person’s name' },
    { text: 'The Kyiv Independent reported the strike.', words: 'Kyiv', why: 'part of an organisation’s name' },
    { text: 'Talks resumed in March after a pause.', words: 'March', why: 'a month' },
    { text: 'Police said nobody was hurt.', words: 'Police', why: 'a common word that names a town in Poland' },
    { text: 'Russia accused Ukraine of provocations.', words: 'Ukraine', why: 'a country as an actor, not a place' },
  ];
  for (const c of notPlaces) {
    it(`no place for ${c.words} (${c.why})`, () => {
      assert.equal(placeAt(run(c.text), c.words), undefined);
    });
  }

  it('reads a dateline at the start', () => {
    const doc = run('KYIV (Reuters) - Officials said talks would resume.');
    const p = placeAt(doc, 'KYIV');
    assert.equal(p?.cue, 'dateline');
    assert.equal(p?.geonameid, 703448);
  });
});

describe('places: event location', () => {
  it('takes the place after "in" in the event’s sentence', () => {
    const doc = run('MOSCOW (Dateline) - Russian forces shelled positions near Kharkiv on Monday.');
    const e = doc.spans.events?.[0];
    assert.ok(e, 'no event');
    assert.equal(e.location?.name, 'Kharkiv');
    assert.equal(e.location?.explain.rule, 'rule:location/cue');
    assert.equal(doc.text.slice(e.location!.start, e.location!.end), e.location!.text);
  });
  it('falls back to the dateline place', () => {
    const doc = run('KYIV (Dateline) - Ukraine accused Russia of shelling civilians.');
    const e = doc.spans.events?.[0];
    assert.ok(e, 'no event');
    assert.equal(e.location?.geonameid, 703448);
    assert.equal(e.location?.explain.rule, 'rule:location/dateline');
  });
  it('falls back to the country of the source without any place', () => {
    const doc = run('Russia accused Ukraine of provocations.');
    const e = doc.spans.events?.[0];
    assert.ok(e, 'no event');
    assert.equal(e.location?.precision, 'country');
    assert.equal(e.location?.country, 'RUS');
    assert.equal(e.location?.explain.rule, 'rule:location/actor-country');
  });
});
