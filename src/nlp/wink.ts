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

/** A wink-nlp instance that reads one text at a time and keeps nothing from one text to the next. */
export interface WinkReader {
  read(text: string): WinkReading;
}

/** Options for {@link createWinkReader}. */
export interface WinkReaderOptions {
  /**
   * Words wink may have learnt (and we have forgotten again) before the instance is rebuilt. Only
   * memory depends on it, never a result. Default 200,000 (a few MB; a rebuild takes about 60 ms).
   */
  rebuildAfter?: number;
}

// The parts of wink's model that its cache extends at run time: per feature, a value -> index hash,
// the index -> value list and the next free index.
interface Feature {
  hash?: Record<string, number>;
  list?: unknown[];
  index?: number;
}
type CoreModel = { features: Record<string, Feature> };
type WinkModel = typeof model & { core: () => CoreModel; metaCER: () => unknown };

// wink-eng-lite-web-model's metaCER() re-stringifies its own module-level result on every call, so
// the Nth instance in a process gets a string escaped N times (about 20 rebuilds exhaust the heap).
// Every instance built here gets the first call's result.
let metaCER: unknown;
const firstMetaCER = (): unknown => (metaCER ??= (model as WinkModel).metaCER());

/**
 * Makes a wink-nlp reader (tokeniser, sentence splitter, POS tagger) that gives every text the
 * reading a freshly loaded model would give it.
 *
 * wink-nlp learns: each word it has not seen is added to the model's lexicon, and from then on the
 * tokeniser treats that string as a known word ("SWFP)" in one article changed how the next one
 * was split and tagged), so results depended on which articles came before. After each text the
 * reader forgets what wink learnt from it: new entries leave every feature's hash, and the lists of
 * the small features are cut back. The lexeme list itself cannot be cut back (wink keeps a private
 * array aligned with it), so it grows by the words forgotten; past `rebuildAfter` the instance is
 * built again from the model.
 *
 * @example
 * const reader = createWinkReader();
 * reader.read('Talks start on Monday. Lavrov said so.').sentences.length; // 2
 */
export function createWinkReader(options: WinkReaderOptions = {}): WinkReader {
  const rebuildAfter = options.rebuildAfter ?? 200_000;
  let instance: ReturnType<typeof winkNLP>;
  let core: CoreModel;
  let pristine: Map<string, number>;
  let lexemeStart = 0;

  const build = (): void => {
    let captured: CoreModel | null = null;
    const wrapped = { ...(model as WinkModel), core: () => (captured = (model as WinkModel).core()), metaCER: firstMetaCER };
    // Only sentence boundaries and POS: wink's entity recogniser costs about a third of the time and we do not use it.
    instance = winkNLP(wrapped as typeof model, ['sbd', 'pos']);
    core = captured!;
    // Sizes after construction: building the automata may itself have added words, and they stay.
    pristine = new Map(Object.entries(core.features).filter(([, f]) => f.hash && f.list).map(([name, f]) => [name, f.list!.length]));
    lexemeStart = pristine.get('lexeme') ?? 0;
  };

  const forget = (): void => {
    for (const [name, size] of pristine) {
      const feature = core.features[name]!;
      const list = feature.list!;
      const hash = feature.hash!;
      for (let i = size; i < list.length; i++) {
        const value = list[i] as string;
        if (hash[value] === i) delete hash[value];
      }
      if (name === 'lexeme') continue;
      list.length = size;
      feature.index = size;
    }
    if (core.features.lexeme!.list!.length - lexemeStart > rebuildAfter) build();
    else pristine.set('lexeme', core.features.lexeme!.list!.length);
  };

  build();
  return {
    read(text: string): WinkReading {
      try {
        const its = instance.its;
        const doc = instance.readDoc(text);
        const tokens = doc.tokens();
        return {
          words: tokens.out(),
          types: tokens.out(its.type) as string[],
          pos: tokens.out(its.pos) as PosTag[],
          sentences: doc.sentences().out(its.span) as unknown as Array<[number, number]>,
        };
      } finally {
        forget();
      }
    },
  };
}

// The model is ~4 MB and takes a moment to load: build the shared reader on first use, once. It
// carries nothing from one text to the next (see createWinkReader), so sharing it is safe.
let shared: WinkReader | null = null;

/**
 * Runs wink-nlp's tokeniser, sentence splitter and POS tagger over `text` with the shared reader.
 * We use only these three annotations; everything else (entities, negation) is ours.
 */
export function readWithWink(text: string): WinkReading {
  shared ??= createWinkReader();
  return shared.read(text);
}
