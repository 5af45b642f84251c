/**
 * The actor tagger in context: small articles of our own through the segmenter and the tagger,
 * checking mentions, coreference (names, pronouns, "the minister", "the bloc", "the Nato member",
 * "its neighbour", "the country"), appositions remembered for the article, places of domestic
 * actors, provenance, false positives, and the seed article when ../shared is present.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc, type ActorMention, type Doc } from '../doc/index.ts';
import { createPipeline } from '../nlp/pipeline.ts';
import { segment, segmenter } from '../nlp/segment.ts';
import { PACKAGE_ROOT } from '../lib/paths.ts';
import { loadActorKnowledge } from './kb.ts';
import { createActorTagger, tagActors } from './tagger.ts';
import { tokenizeSimple } from './words.ts';

const { kb } = loadActorKnowledge();

function tag(text: string, date = '2021-12-28'): { doc: Doc; mentions: ActorMention[] } {
  const doc = createDoc(text, date);
  segment(doc);
  return { doc, mentions: tagActors(doc, kb) };
}

/** The mention whose text is `surface` (the `nth` one, 0-based). */
function find(doc: Doc, mentions: ActorMention[], surface: string, nth = 0): ActorMention {
  const all = mentions.filter((m) => doc.text.slice(m.start, m.end) === surface);
  const m = all[nth];
  assert.ok(m, `no mention "${surface}" (#${nth}); have ${mentions.map((x) => JSON.stringify(doc.text.slice(x.start, x.end))).join(', ')}`);
  return m;
}

function surfaces(doc: Doc, mentions: ActorMention[]): string[] {
  return mentions.map((m) => doc.text.slice(m.start, m.end));
}

describe('actor tagger: mentions in context', () => {
  it('writes span offsets that slice back to the mention text', () => {
    const { doc, mentions } = tag('Russian troops crossed into Ukraine on Monday, the Kremlin said.');
    assert.deepEqual(surfaces(doc, mentions), ['Russian troops', 'Ukraine', 'Kremlin']);
    assert.equal(doc.spans.actors, mentions);
    for (const m of mentions) {
      assert.equal(m.label, 'ACTOR');
      assert.ok(m.rule && m.reason, 'every mention has provenance');
    }
  });

  it('takes a capital after "in" as a place, not the government', () => {
    const { doc, mentions } = tag('Talks were held in Moscow. Moscow rejected the proposal.');
    assert.equal(find(doc, mentions, 'Moscow', 0).actor.sector, null);
    assert.equal(find(doc, mentions, 'Moscow', 0).rule, 'rule:capital-as-place');
    assert.equal(find(doc, mentions, 'Moscow', 1).actor.sector, 'GOV');
    assert.equal(find(doc, mentions, 'Moscow', 1).rule, 'rule:capital-for-government');
  });

  it('drops a nationality or agent used as an adjective', () => {
    const { doc, mentions } = tag('Russia cut Russian gas supplies and moved its military base closer.');
    assert.deepEqual(surfaces(doc, mentions), ['Russia']);
  });

  it('links coordinated nationalities to the shared head', () => {
    const { doc, mentions } = tag('Hungarian and Romanian officials agreed to cooperate.');
    assert.equal(find(doc, mentions, 'Hungarian').actor.country, 'HUN');
    assert.equal(find(doc, mentions, 'Hungarian').actor.sector, 'GOV');
    assert.equal(find(doc, mentions, 'Romanian officials').actor.country, 'ROU');
  });

  it('places domestic actors with no nationality in the country named in the sentence', () => {
    const { doc, mentions } = tag('Afghan police chief Abdul Qadir Zaman said militants attacked a checkpoint in Kandahar.');
    const militants = find(doc, mentions, 'militants');
    assert.equal(militants.actor.country, 'AFG');
    assert.equal(militants.actor.sector, 'REB');
    assert.match(militants.reason, /country from/);
  });

  it('does not give a pro-Russian group the country it supports', () => {
    const { doc, mentions } = tag('Russia armed pro-Russian separatists fighting in Ukraine.');
    const sep = mentions.find((m) => doc.text.slice(m.start, m.end).endsWith('pro-Russian separatists'));
    assert.ok(sep, surfaces(doc, mentions).join(', '));
    assert.equal(sep.actor.country, 'UKR');
    assert.equal(sep.actor.sector, 'REB');
  });

  it('resolves office holders on the article date', () => {
    const a = tag('The US president spoke to reporters.', '2019-05-01');
    assert.equal(find(a.doc, a.mentions, 'US president').actor.id, 'person:donald-trump');
    const b = tag('The US president spoke to reporters.', '2022-05-01');
    assert.equal(find(b.doc, b.mentions, 'US president').actor.id, 'person:joe-biden');
  });

  it('finds nothing in text about turkeys, us and who', () => {
    const { mentions } = tag('Let us know who wants the turkey sandwich and whether the weather holds.');
    assert.deepEqual(mentions, []);
  });

  it('does not take a place name inside a person name', () => {
    const { doc, mentions } = tag('Michael Jordan and Chad Smith visited George Washington University.');
    assert.ok(!mentions.some((m) => ['JOR', 'TCD', 'USA'].includes(m.actor.country ?? '')), surfaces(doc, mentions).join(', '));
  });

  it('works on a hand-built Doc without POS tags', () => {
    const doc = createDoc('Syrian rebels shelled Damascus. The army responded.', '2015-06-01');
    tokenizeSimple(doc);
    const mentions = tagActors(doc, kb);
    assert.equal(find(doc, mentions, 'Syrian rebels').actor.sector, 'REB');
    assert.equal(find(doc, mentions, 'Damascus').actor.sector, 'GOV');
  });
});

describe('actor tagger: coreference', () => {
  it('resolves a later surname and a subject pronoun to the named person', () => {
    const { doc, mentions } = tag('Russian foreign minister Sergey Lavrov met Turkish officials on Monday. Lavrov said he would return in spring.');
    const first = mentions.findIndex((m) => m.actor.id === 'person:sergey-lavrov');
    const sur = find(doc, mentions, 'Lavrov');
    assert.equal(sur.rule, 'rule:coref-name');
    assert.equal(sur.antecedent, first);
    const he = find(doc, mentions, 'he');
    assert.equal(he.rule, 'rule:coref-pronoun');
    assert.equal(he.actor.id, 'person:sergey-lavrov');
  });

  it('matches she to the last female subject', () => {
    const { doc, mentions } = tag('Maria Zakharova spoke after Sergey Lavrov left. She said talks would go on.');
    assert.equal(find(doc, mentions, 'She').actor.id, 'person:maria-zakharova');
  });

  it('remembers a person introduced with a role for the rest of the article', () => {
    const { doc, mentions } = tag('Ukrainian defence minister Oleksandr Testenko visited the front on Friday. Testenko said the army was ready.', '2030-01-01');
    const intro = find(doc, mentions, 'Ukrainian defence minister Oleksandr Testenko');
    assert.equal(intro.rule, 'rule:apposition');
    assert.equal(intro.actor.country, 'UKR');
    assert.equal(intro.actor.sector, 'GOV');
    const later = find(doc, mentions, 'Testenko');
    assert.equal(later.actor.id, intro.actor.id);
    assert.equal(later.antecedent, mentions.indexOf(intro));
  });

  it('resolves "the president" to the last president mentioned', () => {
    const { doc, mentions } = tag('President Joe Biden spoke on Monday. The president said sanctions would follow.', '2022-03-01');
    const ref = find(doc, mentions, 'The president');
    assert.equal(ref.rule, 'rule:coref-role');
    assert.equal(ref.actor.id, 'person:joe-biden');
  });

  it('resolves "the bloc" and "the alliance" to the most recent fitting organisation', () => {
    const { doc, mentions } = tag('The European Union imposed sanctions. The bloc said more would follow. Nato met in Brussels, and the alliance agreed.');
    assert.equal(find(doc, mentions, 'The bloc').actor.org, 'EU');
    assert.equal(find(doc, mentions, 'the alliance').actor.org, 'NATO');
    assert.equal(find(doc, mentions, 'the alliance').rule, 'rule:coref-org');
  });

  it('leaves "the alliance" alone when no organisation was mentioned', () => {
    const { doc, mentions } = tag('The alliance between the two parties held.');
    assert.ok(!surfaces(doc, mentions).includes('The alliance'));
  });

  it('resolves "the Nato member" to the most recent member country', () => {
    const { doc, mentions } = tag('Turkey urged Russia to talk. The Nato member has sold drones to Ukraine.');
    const m = find(doc, mentions, 'The Nato member');
    assert.equal(m.actor.country, 'TUR');
    assert.equal(m.rule, 'rule:coref-member');
    assert.equal(m.antecedent, 0);
  });

  it('uses membership dates: Finland is a Nato member only from April 2023', () => {
    const before = tag('Sweden and Finland talked to Russia. The Nato member was worried.', '2022-06-01');
    assert.ok(!surfaces(before.doc, before.mentions).includes('The Nato member'));
    const after = tag('Finland talked to Russia. The Nato member was worried.', '2023-06-01');
    assert.equal(find(after.doc, after.mentions, 'The Nato member').actor.country, 'FIN');
  });

  it('resolves "its neighbour" to a bordering country mentioned before', () => {
    const { doc, mentions } = tag('Ukraine asked for help. Russia has denied it has plans to attack its neighbour.');
    const m = find(doc, mentions, 'its neighbour');
    assert.equal(m.actor.country, 'UKR');
    assert.equal(m.rule, 'rule:coref-neighbour');
  });

  it('resolves "the country" to the last country named', () => {
    const { doc, mentions } = tag('Iran launched a satellite. The country said it was peaceful.');
    assert.equal(find(doc, mentions, 'The country').actor.country, 'IRN');
  });

  it('does not take an object pronoun as a reference', () => {
    const { doc, mentions } = tag('Sergey Lavrov spoke. Reporters asked him whether talks with her would go on.');
    assert.ok(!surfaces(doc, mentions).includes('him'));
    assert.ok(!surfaces(doc, mentions).includes('her'));
  });
});

describe('createActorTagger', () => {
  it('is a component that assigns actors and requires sentences and tokens', () => {
    const tagger = createActorTagger(kb);
    assert.equal(tagger.name, 'actors');
    assert.deepEqual(tagger.assigns, ['actors']);
    assert.deepEqual(tagger.requires, ['sentences', 'tokens']);
    const doc = createPipeline([segmenter, tagger]).run(createDoc('Nato secretary-general Jens Stoltenberg met Turkish officials.', '2021-12-28'));
    assert.equal(doc.spans.actors?.[0]?.actor.id, 'person:jens-stoltenberg');
    assert.equal(doc.spans.actors?.[0]?.actor.org, 'NATO');
  });
});

const SEED_DIR = join(PACKAGE_ROOT, '..', 'shared', 'data', 'seed');
const SEED = join(SEED_DIR, '000_92299265eec00e6e.txt');

describe('actor tagger on the seed article', { skip: !existsSync(SEED) && 'needs ../shared' }, () => {
  it('resolves the analyst actors that need context', () => {
    const raw = readFileSync(SEED, 'utf8');
    const header = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(raw)!;
    const { doc, mentions } = tag(raw.slice(header[0].length), header[1]!);
    const at = (s: string): ActorMention => find(doc, mentions, s);
    assert.equal(at('Russia\u2019s top diplomat').actor.id, 'person:sergey-lavrov');
    assert.equal(at('Nato secretary-general Jens Stoltenberg').actor.org, 'NATO');
    assert.equal(at('Kremlin spokesman Dmitry Peskov').actor.id, 'person:dmitry-peskov');
    assert.equal(at('the bloc').actor.org, 'NATO');
    assert.equal(at('the alliance').actor.org, 'NATO');
    assert.equal(at('The Nato member').actor.country, 'TUR');
    assert.equal(at('its neighbour').actor.country, 'UKR');
    assert.equal(at('separatists').actor.country, 'UKR');
    assert.equal(at('separatists').actor.sector, 'REB');
    assert.equal(at('Kiev').actor.sector, 'GOV');
    assert.equal(at('Organization for Security and Cooperation in Europe').actor.org, 'OSCE');
  });
});

describe('actor tagger: regressions', () => {
  it('a capitalised "Deputy" after a country keeps the title phrase together, and the role says deputy', () => {
    const { doc, mentions } = tag('U.S. Deputy Secretary of State Wendy Sherman met Russian diplomats.', '2022-01-10');
    const m = find(doc, mentions, 'U.S. Deputy Secretary of State Wendy Sherman');
    assert.equal(m.actor.country, 'USA');
    assert.equal(m.actor.sector, 'GOV');
    assert.equal(m.actor.role, 'deputy foreign minister');
  });
  it('a near-miss surname is a known person only if the given name agrees', () => {
    const other = tag('The former defence minister Ivan Ivanov spoke.', '2021-12-28');
    assert.notEqual(find(other.doc, other.mentions, 'former defence minister Ivan Ivanov').actor.id, 'person:sergei-ivanov');
    const typo = tag('Russian foreign minister Sergei Lavrow said so.', '2021-12-28');
    assert.equal(find(typo.doc, typo.mentions, 'Russian foreign minister Sergei Lavrow').actor.id, 'person:sergey-lavrov');
  });
});
