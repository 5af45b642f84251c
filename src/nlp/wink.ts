import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { PosTag } from '../doc/index.ts';

/** What the segmenter needs from wink-nlp: token texts and types, POS tags, sentence token spans. */
export interface WinkReading {
  words: string[];
  types: string[];
  pos: PosTag[];
  /** `[firstTokenIndex, lastTokenIndex]` (inclusive) of each sentence, in wink's token indices. */
  sentences: Array<[number, number]>;
}

// The model is ~4 MB and takes a moment to load: build the instance on first use, once.
let instance: ReturnType<typeof winkNLP> | null = null;

/**
 * Runs wink-nlp's tokeniser, sentence splitter and POS tagger over `text`.
 * We use only these three annotations; everything else (entities, negation) is ours.
 */
export function readWithWink(text: string): WinkReading {
  // Only sentence boundaries and POS: wink's entity recogniser costs about a third of the time and we do not use it.
  instance ??= winkNLP(model, ['sbd', 'pos']);
  const its = instance.its;
  const doc = instance.readDoc(text);
  const tokens = doc.tokens();
  return {
    words: tokens.out(),
    types: tokens.out(its.type) as string[],
    pos: tokens.out(its.pos) as PosTag[],
    sentences: doc.sentences().out(its.span) as unknown as Array<[number, number]>,
  };
}
