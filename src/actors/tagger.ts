/**
 * The actor tagger component: finds the mentions of political actors in a segmented Doc and
 * writes them, in text order, to `doc.spans.actors`. One left-to-right pass over the sentences;
 * each sentence is scanned, chunked into phrases and interpreted, then domestic actors with no
 * country ("separatists") take the country of the nearest place named in the sentence.
 */
import type { ActorMention, Doc } from '../doc/index.ts';
import type { Component } from '../nlp/pipeline.ts';
import { countryActor } from './actor.ts';
import { DocState } from './coref.ts';
import { interpret, type InterpretContext, type Resolution } from './interpret.ts';
import type { ActorKnowledge } from './kb.ts';
import { chunk, scan } from './phrase.ts';
import { wordsOf, type Word } from './words.ts';

// A mention this close to the start of its sentence is its subject ("On Monday, Lavrov said").
const SUBJECT_WINDOW = 3;

function isSubject(kb: ActorKnowledge, words: readonly Word[], r: Resolution, sentenceFrom: number, firstInSentence: boolean): boolean {
  const next = words[r.to];
  const prev = words[r.from - 1];
  const sentence = words[r.from]!.sentence;
  if (next && next.sentence === sentence && kb.speech.has(next.key)) return true;
  if (prev && prev.sentence === sentence && kb.speech.has(prev.key)) return true;
  if (!firstInSentence) return false;
  let before = 0;
  for (let i = sentenceFrom; i < r.from; i++) if (!words[i]!.punct) before++;
  return before <= SUBJECT_WINDOW;
}

function add(ctx: InterpretContext, r: Resolution, sentenceFrom: number, firstInSentence: boolean): void {
  const { words, state, kb } = ctx;
  const mention: ActorMention = {
    start: words[r.from]!.start,
    end: words[r.to - 1]!.end,
    label: 'ACTOR',
    actor: r.actor,
    rule: r.rule,
    reason: r.reason,
  };
  if (r.antecedent !== undefined) mention.antecedent = r.antecedent;
  const meta = r.meta;
  const idx = state.add(mention, {
    sentence: ctx.sentence,
    from: r.from,
    to: r.to,
    person: meta.person,
    gender: meta.gender,
    roleKey: meta.roleKey,
    subject: meta.person && isSubject(kb, words, r, sentenceFrom, firstInSentence),
    placeLike: meta.placeLike,
    excluded: meta.excluded,
    pendingContext: meta.pendingContext,
  });
  if (r.name && r.meta.person) state.rememberName(words, r.name.from, r.name.to, idx);
}

/** Gives domestic actors of this sentence that still lack a country the nearest place's country. */
function fillContext(ctx: InterpretContext, firstMention: number): void {
  const { state, kb } = ctx;
  for (let i = firstMention; i < state.mentions.length; i++) {
    const meta = state.meta[i]!;
    if (!meta.pendingContext) continue;
    const m = state.mentions[i]!;
    const found = state.contextCountry(ctx.sentence, meta.from, meta.excluded);
    if (!found) continue;
    const a = m.actor;
    m.actor = a.id.startsWith('person:') ? { ...a, country: found.country } : { ...countryActor(kb, found.country, a.sector), role: a.role };
    const place = state.mentions[found.index]!;
    m.reason += `; country from ${place.actor.name}, named in the same sentence`;
    meta.pendingContext = false;
  }
}

/**
 * Tags the actors of a segmented Doc (needs `tokens` with `sentence` indices) and returns the
 * mentions it wrote to `doc.spans.actors`.
 *
 * @example
 * segment(doc);
 * tagActors(doc, kb).map((m) => m.actor.id); // ['person:sergey-lavrov', 'country:USA', ...]
 */
export function tagActors(doc: Doc, kb: ActorKnowledge): ActorMention[] {
  const words = wordsOf(doc);
  const state = new DocState(kb, doc.date);
  let i = 0;
  while (i < words.length) {
    const sentence = words[i]!.sentence;
    let j = i;
    while (j < words.length && words[j]!.sentence === sentence) j++;
    const ctx: InterpretContext = { kb, state, words, date: doc.date, sentence };
    const firstMention = state.mentions.length;
    const phrases = chunk(kb, scan(kb, state, words, i, j), words);
    for (const p of phrases) {
      for (const r of interpret(ctx, p)) add(ctx, r, i, state.mentions.length === firstMention);
    }
    fillContext(ctx, firstMention);
    i = j;
  }
  doc.spans.actors = state.mentions;
  return state.mentions;
}

/**
 * Makes the actor tagger component from loaded knowledge. It reads no files while it runs: the
 * imported people's name index is built here, when the pipeline is built.
 *
 * @example
 * const { kb } = loadActorKnowledge();
 * const nlp = createPipeline([segmenter, createActorTagger(kb)]);
 */
export function createActorTagger(kb: ActorKnowledge): Component {
  // A pipeline meets names in its first article: index the imported people now, before the heap
  // fills with documents (built mid-run, the index's garbage raised the peak RSS of a run over the
  // Guardian sample from about 350 MB to about 500 MB).
  kb.importedPeople?.warm();
  return {
    name: 'actors',
    assigns: ['actors'],
    requires: ['sentences', 'tokens'],
    run(doc: Doc): void {
      tagActors(doc, kb);
    },
  };
}
