/**
 * The events stage: PLOVER events from triggers in `data/lexicons/events/` and shallow clause rules.
 */
export { createEventCoder, codeEvents } from './coder.ts';
export { loadEventLexicon, EVENT_DATA_FILES, PLOVER_MODES, TriggerRowSchema, type EventLexicon, type Trigger, type Cue, type LoadEventLexiconOptions } from './lexicon.ts';
export { createLemmatizer, regularCandidates, type Lemmatizer } from './lemma.ts';
