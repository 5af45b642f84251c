import type { ActorMention, Doc, Token } from '../doc/index.ts';
import type { EventLexicon, Trigger } from './lexicon.ts';

/*
 * One sentence as the event coder reads it: its tokens with lemmas, where actor mentions start and
 * end, reporting verbs, quotation spans and context words; and a trigger match over it.
 */

export const VERB_POS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** A trigger found at tokens `first..last` (sentence-relative). */
export interface Match {
  trigger: Trigger;
  first: number;
  last: number;
  /** Other triggers of the same act in the clause, merged into this one ("convene a meeting"). */
  also?: Match[];
  /** The merged trigger the mode was taken from, when the first had none. */
  modeFrom?: Match;
}

/** Mention indices by sentence-relative token index (sparse). */
export class TokenIndex {
  private readonly slots: (number[] | undefined)[] = [];
  get(i: number): number[] | undefined {
    return this.slots[i];
  }
  has(i: number): boolean {
    return this.slots[i] !== undefined;
  }
  add(i: number, mention: number): void {
    const list = this.slots[i];
    if (list) list.push(mention);
    else this.slots[i] = [mention];
  }
}

export interface SentenceView {
  tokens: Token[];
  lemmas: string[];
  first: number;
  /** Mentions by the sentence-relative index of their last and first token. */
  endsAt: TokenIndex;
  startsAt: TokenIndex;
  /** Sentence-relative token range of each usable mention (by mention index). */
  range: Map<number, [number, number]>;
  speech: boolean[];
  /** Index of the nearest reporting verb at or before / after each token, or -1. */
  prevSpeech: Int32Array;
  nextSpeech: Int32Array;
  /** Tokens inside an actor mention (never triggers). */
  inMention: Uint8Array;
  /** Contexts cued by words of the sentence. */
  contexts: string[];
  /** The document's actor mentions (`spans.actors`), which the mention indices above point into. */
  mentions: readonly ActorMention[];
}

/** What the coder needs of one word form, computed once per form and lexicon. */
interface WordInfo {
  lemma: string;
  trigger: boolean;
  speech: boolean;
  context: string | undefined;
}

const WORD_INFO = new WeakMap<EventLexicon, Map<string, WordInfo>>();

function wordCache(lexicon: EventLexicon): Map<string, WordInfo> {
  let cache = WORD_INFO.get(lexicon);
  if (!cache) WORD_INFO.set(lexicon, (cache = new Map()));
  return cache;
}

function wordInfo(lexicon: EventLexicon, cache: Map<string, WordInfo>, norm: string): WordInfo {
  let info = cache.get(norm);
  if (!info) {
    const lemma = lexicon.lemma(norm);
    info = {
      lemma,
      trigger: lexicon.triggers.has(lemma),
      speech: (lexicon.cues.get(lemma) ?? []).some((c) => c.cue === 'speech' && c.words.length === 1),
      context: lexicon.contexts.get(lemma),
    };
    if (cache.size < 200_000) cache.set(norm, info);
  }
  return info;
}

/** The sentence `s` viewed for coding, or null when no word of it can be a trigger. */
export function viewSentence(doc: Doc, s: number, sentMentions: number[], mentions: ActorMention[], lexicon: EventLexicon): SentenceView | null {
  const sentence = doc.sentences[s]!;
  const tokens = doc.tokens.slice(sentence.firstToken, sentence.endToken);
  if (!tokens.length) return null;
  const cache = wordCache(lexicon);
  const infos: WordInfo[] = new Array(tokens.length);
  let any = false;
  for (let i = 0; i < tokens.length; i++) {
    const info = wordInfo(lexicon, cache, tokens[i]!.norm);
    infos[i] = info;
    if (info.trigger) any = true;
  }
  if (!any) return null;
  const lemmas = infos.map((w) => w.lemma);
  // Quotation spans: between a pair of '"' tokens.
  const inQuote = new Uint8Array(tokens.length);
  let open = -1;
  tokens.forEach((tk, i) => {
    if (tk.norm === '"') {
      if (open < 0) open = i;
      else {
        for (let k = open; k <= i; k++) inQuote[k] = 1;
        open = -1;
      }
    }
  });
  const inMention = new Uint8Array(tokens.length);
  const endsAt = new TokenIndex();
  const startsAt = new TokenIndex();
  const range = new Map<number, [number, number]>();
  let ti = 0;
  for (const mi of sentMentions) {
    const mention = mentions[mi]!;
    if (!mention.actor.country && !mention.actor.org && !mention.actor.sector) continue;
    while (ti < tokens.length && tokens[ti]!.end <= mention.start) ti++;
    let last = ti;
    while (last + 1 < tokens.length && tokens[last + 1]!.start < mention.end) last++;
    for (let k = ti; k <= last && k < tokens.length; k++) inMention[k] = 1;
    if (ti >= tokens.length || inQuote[ti]) continue;
    range.set(mi, [ti, last]);
    endsAt.add(last, mi);
    startsAt.add(ti, mi);
  }
  const speech = infos.map((w, i) => w.speech && !inQuote[i] && VERB_POS.has(tokens[i]!.pos));
  // "according to"
  for (let i = 0; i + 1 < lemmas.length; i++) if (lemmas[i] === 'according' && lemmas[i + 1] === 'to') speech[i] = true;
  const n = tokens.length;
  const prevSpeech = new Int32Array(n);
  const nextSpeech = new Int32Array(n);
  let p = -1;
  for (let i = 0; i < n; i++) prevSpeech[i] = p = speech[i] ? i : p;
  p = -1;
  for (let i = n - 1; i >= 0; i--) nextSpeech[i] = p = speech[i] ? i : p;
  const contexts: string[] = [];
  for (const w of infos) if (w.context && !contexts.includes(w.context)) contexts.push(w.context);
  return { tokens, lemmas, first: sentence.firstToken, endsAt, startsAt, range, speech, prevSpeech, nextSpeech, inMention, contexts, mentions };
}
