import type { ActorMention, Doc, EventParticipant, Token } from '../doc/index.ts';
import type { QuoteLexicon } from './lexicon.ts';

/** Words that end a subject search: a clause boundary lies between them and the verb. */
const CLAUSE_STOP = new Set(['that', ';', ':', '"', "'", '(', ')', 'which', 'who', 'whom', 'whose', 'while', 'when', 'because', 'if', 'although', 'though']);
/** POS of a token that can be a (reporting) verb. */
const NOT_VERB = new Set(['NOUN', 'PROPN', 'DET', 'ADP', 'PUNCT', 'PRON', 'NUM', 'CCONJ', 'SCONJ', 'SYM', 'SPACE']);

/** Per-token lookups built once per Doc, all linear in tokens. */
export class DocIndex {
  readonly doc: Doc;
  readonly tokens: Token[];
  readonly mentions: ActorMention[];
  /** Index in `spans.actors` of the mention that covers each token, or -1. */
  readonly mentionAt: Int32Array;
  /** Index in `spans.timex` of the timex that covers each token, or -1. */
  readonly timexAt: Int32Array;
  readonly lexicon: QuoteLexicon;

  constructor(doc: Doc, lexicon: QuoteLexicon) {
    this.doc = doc;
    this.lexicon = lexicon;
    this.tokens = doc.tokens;
    this.mentions = doc.spans.actors ?? [];
    this.mentionAt = this.cover(this.mentions);
    this.timexAt = this.cover(doc.spans.timex ?? []);
  }

  private cover(spans: readonly { start: number; end: number }[]): Int32Array {
    const at = new Int32Array(this.tokens.length).fill(-1);
    spans.forEach((s, k) => {
      for (let t = this.tokenAt(s.start); t < this.tokens.length && this.tokens[t]!.start < s.end; t++) at[t] = k;
    });
    return at;
  }

  /** Index of the first token that ends after `offset` (the token at or after it). */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First token of the sentence that holds token `t`. */
  sentenceStart(t: number): number {
    const tok = this.tokens[t];
    return tok ? this.doc.sentences[tok.sentence]!.firstToken : 0;
  }

  /** One past the last token of the sentence that holds token `t`. */
  sentenceEnd(t: number): number {
    const tok = this.tokens[t];
    return tok ? this.doc.sentences[tok.sentence]!.endToken : this.tokens.length;
  }

  isVerbish(t: number): boolean {
    const tok = this.tokens[t];
    return !!tok && !NOT_VERB.has(tok.pos);
  }

  isSpeech(t: number): boolean {
    const tok = this.tokens[t];
    return !!tok && this.lexicon.speech.has(tok.norm) && this.isVerbish(t);
  }

  /** Length in tokens of the source phrase (`according to`) starting at `t`, or 0. */
  sourceAt(t: number): number {
    for (const words of this.lexicon.sources) {
      if (words.every((w, k) => this.tokens[t + k]?.norm === w)) return words.length;
    }
    return 0;
  }

  /** First token of mention `m`, walking back from token `t` inside it. */
  mentionFirst(t: number): number {
    const m = this.mentionAt[t]!;
    while (t > 0 && this.mentionAt[t - 1] === m) t--;
    return t;
  }

  /** One past the last token of the mention that covers `t`. */
  mentionEnd(t: number): number {
    const m = this.mentionAt[t]!;
    while (t < this.tokens.length && this.mentionAt[t] === m) t++;
    return t;
  }

  /** Is token `t` an infinitive verb ("to drop"), which has no subject of its own? */
  isInfinitive(t: number): boolean {
    let j = t - 1;
    while (j >= 0 && this.tokens[j]!.pos === 'ADV') j--;
    return j >= 0 && this.tokens[j]!.norm === 'to' && this.tokens[j]!.pos === 'PART';
  }

  /**
   * The actor mention that is the subject of the verb at `v`: the nearest mention before it in the
   * same clause (at most 15 tokens back, not before `floor`) that is not the object of a preposition
   * or of another verb, nor a possessor ("Lavrov's spokeswoman").
   */
  subjectBefore(v: number, floor: number): number | null {
    const lo = Math.max(floor, v - 15);
    for (let j = v - 1; j >= lo; j--) {
      const tok = this.tokens[j]!;
      const m = this.mentionAt[j]!;
      if (m >= 0) {
        const first = this.mentionFirst(j);
        const after = this.tokens[j + 1];
        if (after && after.pos === 'PART' && (after.norm === "'s" || after.norm === "'")) return null;
        const before = first > floor ? this.tokens[first - 1] : undefined;
        if (before && before.pos === 'VERB') return null;
        if (before && before.pos === 'ADP') {
          j = first;
          continue;
        }
        return m;
      }
      if (this.timexAt[j]! >= 0) continue;
      if (tok.pos === 'VERB' || tok.pos === 'SCONJ' || CLAUSE_STOP.has(tok.norm)) return null;
    }
    return null;
  }

  /** The mention right after the verb at `v` ("said Lavrov"), skipping adverbs and dates. */
  subjectAfter(v: number, ceiling: number): number | null {
    for (let j = v + 1; j < Math.min(ceiling, v + 6); j++) {
      if (this.mentionAt[j]! >= 0) return this.mentionAt[j]!;
      if (this.timexAt[j]! >= 0 || this.tokens[j]!.pos === 'ADV') continue;
      return null;
    }
    return null;
  }

  /**
   * The speaker of the clause whose verbs precede token `from`: tries each verb back to `floor`,
   * nearest first, skipping infinitives ("urged Russia to drop ...": the subject of `urged`).
   * Returns the mention and the verb it was found for.
   */
  clauseSubject(from: number, floor: number): { mention: number; verb: number } | null {
    for (let j = from; j >= Math.max(floor, from - 40); j--) {
      const tok = this.tokens[j]!;
      if (tok.pos !== 'VERB' && !this.isSpeech(j)) continue;
      if (this.isInfinitive(j)) continue;
      const m = this.subjectBefore(j, floor);
      if (m !== null) return { mention: m, verb: j };
    }
    return null;
  }

  /**
   * The date of the speech act at verb `v`: a timex between the subject and the verb ("Peskov on
   * Monday confirmed") or just after the verb ("said on Monday", "urged Russia on Monday").
   */
  dateOf(v: number, subject: number | null): string | null {
    if (subject !== null) {
      const m = this.mentions[subject]!;
      const from = this.tokenAt(m.end);
      if (from < v && v - from <= 6) {
        for (let j = from; j < v; j++) if (this.timexAt[j]! >= 0) return this.timexValue(j);
      }
    }
    const end = Math.min(this.sentenceEnd(v), v + 6);
    for (let j = v + 1; j < end; j++) {
      if (this.timexAt[j]! >= 0) return this.timexValue(j);
      const tok = this.tokens[j]!;
      if (tok.pos === 'VERB' || tok.pos === 'SCONJ' || CLAUSE_STOP.has(tok.norm) || tok.norm === ',' || tok.norm === '"') return null;
    }
    return null;
  }

  private timexValue(t: number): string | null {
    return this.doc.spans.timex?.[this.timexAt[t]!]?.value ?? null;
  }

  /** The mention as an event participant (its resolved actor). */
  participant(m: number): EventParticipant {
    const mention = this.mentions[m]!;
    return { start: mention.start, end: mention.end, mention: m, actor: mention.actor };
  }
}
