/**
 * The time stage: finds temporal expressions and normalises them to TIMEX3-style values relative to
 * the article date. Load the lexicon once, make the tagger, run it after the segmenter.
 */
export { loadTimeLexicon, type TimeLexicon, type LoadTimeLexiconOptions, type NamedPeriod, type PeriodRule } from './lexicon.ts';
export { createTimexTagger, tagTimex, type TimexTaggerOptions, type TimexExt } from './tagger.ts';
export { findTimex, type FindTimexOptions, type FoundTimex } from './find.ts';
export type { Tense } from './tense.ts';
