/**
 * The events stage: PLOVER events from triggers in `data/lexicons/events/` and shallow clause rules.
 */
export { createEventCoder, codeEvents, type EventCoderOptions } from './coder.ts';
export { loadEventLexicon, EVENT_DATA_FILES, PLOVER_MODES, TriggerRowSchema, type EventLexicon, type Trigger, type Cue, type LoadEventLexiconOptions } from './lexicon.ts';
export { loadIntensity, intensityOf, IntensityRowSchema, type IntensityTable } from './intensity.ts';
export { createLemmatizer, regularCandidates, type Lemmatizer } from './lemma.ts';
export { QUAD_CLASS, QUAD_CLASSES, quadCode, quadClassSql, type QuadClass } from './quad-class.ts';
export { eventJson, quoteJson, statementJson, codedJson, shownEvents, actorCode, type CodedJsonOptions, type EventJson, type ParticipantJson, type QuoteJson, type StatementJson, type TextWindow } from './json.ts';
export { loadConfidenceModel, eventFeatures, confidenceOf, DEFAULT_MIN_CONFIDENCE, CONFIDENCE_MODEL_FILE, type ConfidenceModel } from './confidence.ts';
