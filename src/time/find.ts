import { createDoc, type Granularity, type TimexType } from '../doc/index.ts';
import { segment } from '../nlp/segment.ts';
import type { TimeLexicon } from './lexicon.ts';
import { tagTimex } from './tagger.ts';
import type { Tense } from './tense.ts';

/** Options for {@link findTimex}. */
export interface FindTimexOptions {
  /** Tense for a phrase with no verb that tells one ("on Monday", "Dec. 21"); a verb in the text wins. */
  tense?: Tense;
}

/** One temporal expression found by {@link findTimex}; offsets index `text`, end exclusive. */
export interface FoundTimex {
  text: string;
  start: number;
  end: number;
  value: string | null;
  type: TimexType;
  granularity: Granularity | null;
}

/**
 * Finds and normalises the temporal expressions of a text, relative to `ref` (`YYYY-MM-DD`, the
 * article date): segments the text, runs the timex tagger, returns the spans. Backs
 * `dateline timex "TEXT" --ref DATE [--tense past|future]`. Works on bare phrases too.
 *
 * @throws TypeError when `ref` is not `YYYY-MM-DD`.
 * @example
 * findTimex(lexicon, 'Lavrov said last week', '2021-12-28');
 * // [{ text: 'last week', start: 12, end: 21, value: '2021-W51', type: 'DATE', granularity: 'week' }]
 * findTimex(lexicon, 'on Monday', '2021-12-28', { tense: 'future' })[0].value; // '2022-01-03'
 */
export function findTimex(lexicon: TimeLexicon, text: string, ref: string, options: FindTimexOptions = {}): FoundTimex[] {
  const doc = createDoc(text, ref);
  segment(doc);
  tagTimex(doc, lexicon, options.tense ? { tense: options.tense } : {});
  return (doc.spans.timex ?? []).map((s) => ({
    text: text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    value: s.value,
    type: s.type,
    granularity: s.granularity,
  }));
}
