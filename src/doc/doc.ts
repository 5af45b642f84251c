import type { IsoDate, Sentence, SpanGroups, Token } from './types.ts';
import { wellFormed } from './unicode.ts';

/** Options for {@link createDoc}. */
export interface CreateDocOptions {
  /** Article id in the store, when the text came from one. */
  id?: string;
  title?: string | null;
}

/**
 * A limit a component reached on this document (see `docs/limits.md`): what was left out, as an
 * error-catalogue code (`E_LIMIT_*`) and its message parameters. Batch runs report it naming the article.
 */
export interface DocWarning {
  code: string;
  params: Record<string, string | number>;
}

/**
 * One document travelling through the pipeline. `text` is never rewritten; stages add
 * `sentences`, `tokens` and span groups under `spans`, and keep private extras under `ext[stageName]`.
 */
export interface Doc {
  readonly text: string;
  /** The reference day every relative date is resolved against (the publication date). */
  readonly date: IsoDate;
  readonly id: string | null;
  readonly title: string | null;
  sentences: Sentence[];
  tokens: Token[];
  spans: SpanGroups;
  ext: Record<string, unknown>;
  /** Limits reached while processing, in the order met. */
  warnings: DocWarning[];
}

/**
 * Makes an empty Doc over `text`, dated `date` (`YYYY-MM-DD`). A lone UTF-16 surrogate in `text`
 * becomes U+FFFD (see {@link wellFormed}); nothing else changes and every offset into `text` stays valid.
 *
 * @example
 * const doc = createDoc('Lavrov said on Monday.', '2021-12-28');
 */
export function createDoc(text: string, date: IsoDate, options: CreateDocOptions = {}): Doc {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new TypeError(`createDoc: date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  }
  return { text: wellFormed(text), date, id: options.id ?? null, title: options.title ?? null, sentences: [], tokens: [], spans: {}, ext: {}, warnings: [] };
}

/** The surface text of a range: `doc.text.slice(start, end)`. */
export function spanText(doc: Pick<Doc, 'text'>, range: { start: number; end: number }): string {
  return doc.text.slice(range.start, range.end);
}

/** Index of the sentence that contains character `offset`, or -1. Binary search over `doc.sentences`. */
export function sentenceAt(doc: Pick<Doc, 'sentences'>, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The tokens of sentence `index`. */
export function sentenceTokens(doc: Pick<Doc, 'sentences' | 'tokens'>, index: number): Token[] {
  const s = doc.sentences[index];
  return s ? doc.tokens.slice(s.firstToken, s.endToken) : [];
}

/** A JSON form of the Doc that keeps every offset as is. */
export function docToJSON(doc: Doc): object {
  return { id: doc.id, title: doc.title, date: doc.date, text: doc.text, sentences: doc.sentences, tokens: doc.tokens, spans: doc.spans };
}
