/**
 * Resolves one actor string ("an American destroyer", "Russian foreign minister", "Hungarian")
 * to the single actor it names: the library call behind `dateline actor`.
 */
import { createDoc, type Actor, type ActorMention, type Doc } from '../doc/index.ts';
import { segment } from '../nlp/segment.ts';
import { ambiguousGroupActor, countryActor, orgActor, groupActor } from './actor.ts';
import type { ActorKnowledge } from './kb.ts';
import { nearlyEqual } from './phrase.ts';
import { tagActors } from './tagger.ts';
import { wordsOf, type Word } from './words.ts';

function isState(code: string | null): code is string {
  return code !== null && code !== 'IGO' && code !== 'NGO' && code !== 'IMG';
}

/**
 * A country for a misspelt name in the text ("Quatar", "Ethopia"): a capitalised word of five
 * letters or more that matches no alias and is one edit away from exactly one country, nationality
 * or people.
 */
function misspeltCountry(kb: ActorKnowledge, words: readonly Word[]): string | null {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.cap || w.key.length < 5 || kb.gazetteer.match(words, i)) continue;
    const found = new Set<string>();
    for (const s of kb.spellings) {
      if (Math.abs(s.key.length - w.key.length) <= 1 && s.key[0] === w.key[0] && nearlyEqual(s.key, w.key, 1)) {
        const c = s.atom.kind === 'place' || s.atom.kind === 'ethnic' ? s.atom.country : null;
        if (c) found.add(c);
      }
    }
    if (found.size === 1) return [...found][0]!;
  }
  return null;
}

/** True when nothing but words and prepositions link two spans: no comma or bracket between them. */
function linked(doc: Doc, from: number, to: number): boolean {
  return !/[,;()[\]]/.test(doc.text.slice(from, to));
}

/**
 * In "Sudan's Rapid Support Forces" the tagger makes two mentions; the possessed one is the head of
 * the phrase, and takes the possessor's country when it has none.
 */
function possessed(doc: Doc, mentions: readonly ActorMention[]): ActorMention | null {
  const [owner, owned] = mentions;
  if (!owner || !owned || !/^['\u2019]s?\s+$/.test(doc.text.slice(owner.end, owned.start))) return null;
  if (owned.actor.country && owner.actor.country && owned.actor.country !== owner.actor.country) return null;
  return owned.actor.country ? owned : { ...owned, actor: { ...owned.actor, country: owner.actor.country } };
}

/** Options for {@link resolveActorText}. */
export interface ResolveActorOptions {
  /** The sentence or article the phrase came from: read before the phrase, as an article's text is. */
  context?: string;
}

/**
 * The best single actor for a short phrase on `date` (`YYYY-MM-DD`): the first mention in the
 * phrase (English noun phrases put the head first: "Militants loyal to ..."), or the possessed one
 * after a possessive ("Lebanon's Hezbollah"), with the country of
 * a later mention linked to it when the first has none ("Doctors from two American aid groups"),
 * or of a misspelt country name ("Quatar's emir"). When no mention is found, an organisation or
 * group the text names, or a misspelt country. Returns null when the text names no actor.
 *
 * @example
 * resolveActorText(kb, 'an American destroyer', '2021-12-28'); // { country: 'USA', sector: 'MIL', ... }
 * resolveActorText(kb, 'the US president', '2019-06-01');      // Donald Trump
 */
export function resolveActorText(kb: ActorKnowledge, text: string, date: string, options: ResolveActorOptions = {}): Actor | null {
  const phrase = text.replace(/\s+/g, ' ').trim();
  if (!phrase) return null;
  const context = options.context?.replace(/\s+/g, ' ').trim() ?? '';
  // With a context, the phrase is read where the context has it, or as a sentence after it, so the
  // countries and people named before it count as they do in an article.
  let at = context ? context.indexOf(phrase) : -1;
  if (context && at < 0 && context.toLowerCase().length === context.length) at = context.toLowerCase().indexOf(phrase.toLowerCase());
  const full = !context ? phrase : at >= 0 ? context : `${context}${/[.!?]["')\]]?$/.test(context) ? '' : '.'} ${phrase}`;
  if (context && at < 0) at = full.length - phrase.length;
  if (at < 0) at = 0;
  const end = at + phrase.length;
  const doc = createDoc(full, date);
  segment(doc);
  const mentions = tagActors(doc, kb).filter((m) => m.start >= at && m.end <= end);
  const words = wordsOf(doc).filter((w) => w.start >= at && w.end <= end);
  const first = possessed(doc, mentions) ?? mentions[0];
  if (first) {
    let actor = first.actor;
    if (!actor.country) {
      const later = mentions.slice(1).find((m) => isState(m.actor.country) && linked(doc, first.end, m.start));
      // A person's name says nothing of a country, so no misspelling guess for people.
      const country = later?.actor.country ?? (actor.id.startsWith('person:') ? null : misspeltCountry(kb, words));
      if (country) actor = actor.id.startsWith('person:') ? { ...actor, country } : { ...countryActor(kb, country, actor.sector), role: actor.role };
    }
    return actor;
  }
  // Nothing stood as an actor in context: take the first organisation or group the text names. A
  // place is not taken: the tagger leaves one out on purpose ("Michael Jordan", "Russian demands").
  for (let i = 0; i < words.length; i++) {
    const a = kb.gazetteer.match(words, i)?.entry.value;
    if (a?.kind === 'org') return orgActor(kb, a.org);
    if (a?.kind === 'group') return a.rivals ? ambiguousGroupActor(words[i]!.text, a.rivals) : groupActor(kb, a.group, date);
  }
  const misspelt = misspeltCountry(kb, words);
  return misspelt ? countryActor(kb, misspelt, null) : null;
}
