import { DEFAULT_DATA_DIR } from './lib/paths.ts';
import { loadEnglishData, type EnglishData } from './nlp/english.ts';
import { createSegmenter } from './nlp/segment.ts';
import { createPipeline, type Component, type Pipeline, type PipelineOptions } from './nlp/pipeline.ts';
import { DatelineError, type Problem } from './errors.ts';
import { DEFAULT_LIMITS, type Limits } from './ingest/limits.ts';
import { loadTimeLexicon, createTimexTagger, type TimeLexicon } from './time/index.ts';
import { loadActorKnowledge, createActorTagger, type ActorKnowledge } from './actors/index.ts';
import { loadQuoteLexicon, createQuoteTagger, type QuoteLexicon } from './quotes/index.ts';
import { loadEventLexicon, createEventCoder, type EventLexicon } from './events/index.ts';
import { loadGazetteer, createPlaceTagger, createEventLocator, type Gazetteer } from './places/index.ts';

/** Everything loaded from `data/` once at start-up, before the first document. */
export interface Knowledge {
  dataDir: string;
  english: EnglishData;
  time: TimeLexicon;
  actors: ActorKnowledge;
  quotes: QuoteLexicon;
  events: EventLexicon;
  /** GeoNames places, regions and countries (`data/gazetteer/`). */
  gazetteer: Gazetteer;
  /** Bad entries that were skipped, each naming file, line and field. */
  problems: Problem[];
}

/** Options for {@link loadKnowledge}. */
export interface LoadKnowledgeOptions {
  /** Throw on the first bad data entry instead of skipping it. */
  strict?: boolean;
}

/**
 * Loads and validates every data file (lexicons, knowledge base) from `dataDir`.
 *
 * @example
 * const knowledge = loadKnowledge(); // the bundled data/
 */
export function loadKnowledge(dataDir: string = DEFAULT_DATA_DIR, options: LoadKnowledgeOptions = {}): Knowledge {
  const english = loadEnglishData(dataDir, options);
  const time = loadTimeLexicon(dataDir, options);
  const actors = loadActorKnowledge(dataDir, options);
  const quotes = loadQuoteLexicon(dataDir, options);
  const events = loadEventLexicon(dataDir, options);
  const places = loadGazetteer(dataDir, options);
  return {
    dataDir, english, time, actors: actors.kb, quotes, events: events.lexicon, gazetteer: places.gazetteer,
    problems: [...english.problems, ...time.problems, ...actors.problems, ...quotes.problems, ...events.problems, ...places.problems],
  };
}

/** The components Dateline knows, in pipeline order; each gets the knowledge and the limits in force. */
export const COMPONENT_FACTORIES = {
  segmenter: (k: Knowledge, limits: Limits): Component => createSegmenter(k.english, { maxSentences: limits.sentences }),
  actors: (k: Knowledge): Component => createActorTagger(k.actors),
  timex: (k: Knowledge): Component => createTimexTagger(k.time),
  places: (k: Knowledge): Component => createPlaceTagger(k.gazetteer),
  events: (k: Knowledge, limits: Limits): Component => createEventCoder(k.events, { maxSentenceWords: limits.sentenceWords, maxSentenceEvents: limits.sentenceEvents }),
  locations: (k: Knowledge): Component => createEventLocator(k.gazetteer),
  quotes: (k: Knowledge): Component => createQuoteTagger(k.quotes),
} as const;

/** A component name. */
export type ComponentName = keyof typeof COMPONENT_FACTORIES;

/** Options for {@link buildPipeline}. */
export interface BuildPipelineOptions extends PipelineOptions {
  /** Components to run, in any order (they run in the registered order); default all. */
  components?: readonly string[];
  /** Limits (sentences per article, words and events per sentence); {@link DEFAULT_LIMITS} where not given. */
  limits?: Partial<Limits>;
}

/**
 * Builds the processing pipeline from loaded knowledge. The order is the order of
 * {@link COMPONENT_FACTORIES}; requirements are checked when it is built.
 *
 * @throws DatelineError `E_PIPE_UNKNOWN_COMPONENT` listing the valid names.
 * @example
 * const pipeline = buildPipeline(loadKnowledge());
 * pipeline.run(createDoc(text, '2021-12-28'));
 */
export function buildPipeline(knowledge: Knowledge, options: BuildPipelineOptions = {}): Pipeline {
  const all = Object.keys(COMPONENT_FACTORIES) as ComponentName[];
  const wanted = options.components ?? all;
  for (const name of wanted) {
    if (!all.includes(name as ComponentName)) throw new DatelineError('E_PIPE_UNKNOWN_COMPONENT', { name, expected: all.join(', ') });
  }
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const components = all.filter((n) => wanted.includes(n)).map((n) => COMPONENT_FACTORIES[n](knowledge, limits));
  return createPipeline(components, options);
}
