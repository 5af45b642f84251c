/**
 * Matching names against the bundled knowledge base as people write them: the imported office
 * holders are found by their full name with or without diacritics and in any capitals, a
 * hand-written person keeps their name, and offices fall back to the imported holders.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadActorKnowledge } from '../../src/actors/kb.ts';
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
