/**
 * Matching names against the bundled knowledge base as people write them: the imported office
 * holders are found by their full name with or without diacritics and in any capitals, a
 * hand-written person keeps their name, and offices fall back to the imported holders.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadActorKnowledge } from '../../src/actors/kb.ts';
import { tagActors } from '../../src/actors/tagger.ts';
import { createDoc } from '../../src/doc/index.ts';
import { segment } from '../../src/nlp/segment.ts';
import { resolveActorText } from '../../src/actors/resolve.ts';
import { DEFAULT_DATA_DIR } from '../../src/lib/paths.ts';

const { kb } = loadActorKnowledge(DEFAULT_DATA_DIR);
const who = (text: string, date: string): string | null => {
  const a = resolveActorText(kb, text, date);
  return a ? `${a.name}|${a.country ?? '-'}|${a.sector ?? '-'}` : null;
};

describe('imported people by name', () => {
  it('finds a name written with its diacritics', () => {
    assert.equal(who('Khürelsükh Ukhnaa', '2019-06-01'), 'Khurelsukh Ukhnaa|MNG|GOV');
  });
  it('finds a name written in capitals', () => {
    assert.equal(who('KHURELSUKH UKHNAA', '2019-06-01'), 'Khurelsukh Ukhnaa|MNG|GOV');
  });
  it('does not take a lower-case run of words for a name', () => {
    assert.notEqual(who('khurelsukh ukhnaa', '2019-06-01'), 'Khurelsukh Ukhnaa|MNG|GOV');
  });
  it('finds the name inside a sentence', () => {
    const a = resolveActorText(kb, 'Mongolian Prime Minister Khurelsukh Ukhnaa', '2019-06-01');
    assert.equal(a?.country, 'MNG');
  });
  it('a hand-written person keeps their name', () => {
    const a = resolveActorText(kb, 'Sergey Lavrov', '2022-03-01');
    assert.ok(a && !a.id.includes('wd-'), a?.id);
  });
  it('an office nobody hand-written holds is answered by the imported holder of the day', () => {
    assert.match(who('the Mongolian president', '2019-06-01') ?? '', /Battulga\|MNG\|GOV/);
  });
});

describe('an alias several countries share, read in context', () => {
  const tag = (text: string, date = '2018-06-01'): Array<[string, string | null]> => {
    const doc = createDoc(text, date);
    segment(doc);
    return tagActors(doc, kb).map((m) => [doc.text.slice(m.start, m.end), m.actor.country]);
  };
  it('alone, it names no country, and the reason lists the candidates', () => {
    const doc = createDoc('PAN said it would win.', '2018-06-01');
    segment(doc);
    const m = tagActors(doc, kb).find((x) => doc.text.slice(x.start, x.end) === 'PAN');
    assert.equal(m?.actor.country, null);
    assert.equal(m?.actor.sector, 'PTY');
    assert.match(JSON.stringify(m), /PAN names \d+ groups: .*\(MEX\).*the context names none of their countries/);
  });
  it('as a bare string, it names no country', () => {
    assert.equal(resolveActorText(kb, 'PAN', '2018-06-01')?.country, null);
  });
  it('a country earlier in the article decides', () => {
    assert.deepEqual(tag('Mexico votes on Sunday. The PAN said it would win.').find(([t]) => t === 'PAN'), ['PAN', 'MEX']);
    assert.deepEqual(tag('Indonesia votes on Sunday. The PAN said it would win.').find(([t]) => t === 'PAN'), ['PAN', 'IDN']);
  });
  it('a country in the phrase decides', () => {
    assert.equal(resolveActorText(kb, "Mexico's PAN", '2018-06-01')?.country, 'MEX');
    assert.equal(resolveActorText(kb, 'Mexican PAN', '2018-06-01')?.country, 'MEX');
    assert.equal(resolveActorText(kb, 'PAN of El Salvador', '2018-06-01')?.country, 'SLV');
  });
  it('a country none of the candidates belongs to does not decide', () => {
    assert.equal(tag('France votes on Sunday. The PAN said it would win.').find(([t]) => t === 'PAN')?.[1], null);
  });
});
