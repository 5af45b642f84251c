/**
 * Matching names against the bundled knowledge base as people write them: the imported office
 * holders are found by their full name with or without diacritics and in any capitals, a
 * hand-written person keeps their name, and offices fall back to the imported holders.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadActorKnowledge } from '../../src/actors/kb.ts';
import { createActorTagger, tagActors } from '../../src/actors/tagger.ts';
import { createDoc } from '../../src/doc/index.ts';
import { segment } from '../../src/nlp/segment.ts';
import { wordsOf } from '../../src/actors/words.ts';
import { resolveActorText } from '../../src/actors/resolve.ts';
import { holderOf } from '../../src/actors/roles.ts';
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
  it('inside a longer phrase, it is no party of any country without context', () => {
    const a = resolveActorText(kb, 'the PAN party', '2018-06-01');
    assert.deepEqual([a?.country, a?.sector], [null, 'PTY']);
  });
  it('inside a longer phrase, the article decides', () => {
    const tagged = tag('Mexico votes on Sunday. The PAN party said it would win.').find(([t]) => t.includes('PAN'));
    assert.equal(tagged?.[1], 'MEX');
  });
  it('a country none of the candidates belongs to does not decide', () => {
    assert.equal(tag('France votes on Sunday. The PAN said it would win.').find(([t]) => t === 'PAN')?.[1], null);
  });
});

describe('hand-written people written another way', () => {
  // None of these spellings is an alias in people.jsonl: the folded key and name-variants.tsv find
  // the whole name (not just a surname alias after an unknown first name).
  const whole = (text: string): string[] => {
    const doc = createDoc(text, '2022-06-01');
    segment(doc);
    const ws = wordsOf(doc);
    const m = kb.gazetteer.match(ws, 0);
    return m && m.end === ws.length && m.entry.value.kind === 'person' ? m.entry.value.people.map((p) => p.id) : [];
  };
  const cases: Array<[string, string]> = [
    ['Serguei Lavrov', 'sergey-lavrov'],
    ['Mohamed bin Salman', 'mohammed-bin-salman'],
    ['Muhammad bin Salman', 'mohammed-bin-salman'],
    ['Dmitri Kuleba', 'dmytro-kuleba'],
    ['Recep Tayyıp Erdoğan', 'recep-tayyip-erdogan'],
    ['Recep Tayyip Erdogan', 'recep-tayyip-erdogan'],
  ];
  for (const [text, id] of cases) it(`${text} -> ${id}`, () => assert.deepEqual(whole(text), [id]));
  it('resolves a variant spelling to the person of the day', () => {
    assert.equal(resolveActorText(kb, 'Mohamed bin Salman', '2022-06-01')?.id, 'person:mohammed-bin-salman');
  });
  it('a variant of the given name with another surname is nobody known', () => {
    assert.deepEqual(whole('Serguei Lavrovsky'), []);
  });
});

describe('a title before an imported name', () => {
  const cases: Array<[string, string, string]> = [
    ['Gen. Dovchinsurengiin Ganzorig', '2020-06-01', 'MNG|MIL'],
    ['General Dovchinsurengiin Ganzorig', '2020-06-01', 'MNG|MIL'],
    ['Minister Simon Chelugui', '2019-06-01', 'KEN|GOV'],
    ['Prime Minister Khurelsukh Ukhnaa', '2019-06-01', 'MNG|GOV'],
    ['President Khürelsükh Ukhnaa', '2022-06-01', 'MNG|GOV'],
  ];
  for (const [text, date, want] of cases) {
    it(`${text} on ${date}`, () => {
      const a = resolveActorText(kb, text, date);
      assert.equal(`${a?.country}|${a?.sector}`, want);
      assert.ok(a?.id.startsWith('person:wd-'), a?.id);
    });
  }
  it('the role of the day: the same person as prime minister, then president', () => {
    assert.equal(resolveActorText(kb, 'Khurelsukh Ukhnaa', '2019-06-01')?.role, 'prime minister');
    assert.equal(resolveActorText(kb, 'Khurelsukh Ukhnaa', '2022-06-01')?.role, 'president');
  });
});

describe('where an imported name starts and ends', () => {
  const spans = (text: string, date = '2019-06-01'): Array<[string, string]> => {
    const doc = createDoc(text, date);
    segment(doc);
    return tagActors(doc, kb).map((m) => [doc.text.slice(m.start, m.end), m.actor.id]);
  };
  const wd = 'person:wd-q27058418';
  it('inside a sentence, the whole name is one mention', () => {
    assert.deepEqual(spans('Yesterday Khurelsukh Ukhnaa met reporters.').filter(([, id]) => id === wd).map(([t]) => t), ['Khurelsukh Ukhnaa']);
  });
  it('lower-case words names have (de, dos) do not end the name', () => {
    const a = resolveActorText(kb, 'Sergio de Sousa Mendes dos Santos', '2020-06-01');
    assert.deepEqual([a?.id, a?.country, a?.sector], ['person:wd-q108391566', 'AGO', 'GOV']);
  });
  it("a possessive after the name keeps the person", () => {
    assert.ok(spans("Khurelsukh Ukhnaa's office said so.").some(([, id]) => id === wd));
  });
});

describe('offices answered by the imported holders', () => {
  const holder = (role: string, country: string, date: string): string | null => holderOf(kb, { role, country, org: null, office: null }, date)?.person.name ?? null;
  it('the holder changes with the date', () => {
    assert.match(holder('president', 'MNG', '2019-06-01') ?? '', /Battulga/);
    assert.equal(holder('president', 'MNG', '2022-06-01'), 'Khurelsukh Ukhnaa');
  });
  it('a hand-written holder answers first', () => {
    const h = holderOf(kb, { role: 'president', country: 'USA', org: null, office: null }, '2022-06-01');
    assert.ok(h && !h.person.id.startsWith('wd-'), h?.person.id);
  });
  it('nobody before the first holder known', () => {
    assert.equal(holder('president', 'MNG', '1700-01-01'), null);
  });
});

describe('when the imported people are read', () => {
  it('loading the knowledge base does not read them; building the actor tagger does', () => {
    const fresh = loadActorKnowledge(DEFAULT_DATA_DIR).kb;
    assert.equal(fresh.importedPeople?.loaded, false);
    createActorTagger(fresh);
    assert.equal(fresh.importedPeople?.loaded, true);
  });
  it('without the imported data there is nothing to read', () => {
    assert.equal(loadActorKnowledge(DEFAULT_DATA_DIR, { imported: false }).kb.importedPeople, undefined);
  });
});
