import type { Doc, Layer } from '../doc/index.ts';
import { DatelineError } from '../errors.ts';

/**
 * A pipeline component: reads the Doc and adds one kind of annotation, in place.
 * `assigns` and `requires` name layers (`sentences`, `tokens`, `actors`, `timex`, ...); the pipeline
 * checks at build time that every requirement is assigned by an earlier component.
 */
export interface Component {
  readonly name: string;
  readonly assigns: readonly Layer[];
  readonly requires: readonly Layer[];
  run(doc: Doc): void;
}

/** What to do when a component throws on one document. */
export type ErrorHandler = (error: DatelineError, doc: Doc) => void;

/** Options for {@link createPipeline}. */
export interface PipelineOptions {
  /** Called when a component throws; the default re-throws. Batch runs log and go on. */
  onError?: ErrorHandler;
}

/** An ordered list of components, checked at build time. */
export interface Pipeline {
  readonly components: readonly Component[];
  /** Runs every component on `doc` in order and returns it. */
  run(doc: Doc): Doc;
}

const rethrow: ErrorHandler = (error) => {
  throw error;
};

/**
 * Builds a pipeline, checking each component's `requires` against the `assigns` of earlier ones.
 *
 * @throws DatelineError `E_PIPE_MISSING_LAYER` naming the component and the missing layer.
 * @example
 * const nlp = createPipeline([segmenter, actorTagger, timexTagger]);
 * nlp.run(createDoc(text, '2021-12-28'));
 */
export function createPipeline(components: readonly Component[], options: PipelineOptions = {}): Pipeline {
  const assigned = new Set<Layer>();
  for (const c of components) {
    for (const layer of c.requires) {
      if (!assigned.has(layer)) throw new DatelineError('E_PIPE_MISSING_LAYER', { name: c.name, layer });
    }
    for (const layer of c.assigns) assigned.add(layer);
  }
  const onError = options.onError ?? rethrow;
  return {
    components,
    run(doc: Doc): Doc {
      for (const c of components) {
        try {
          c.run(doc);
        } catch (cause) {
          const error = cause instanceof DatelineError
            ? cause
            : new DatelineError('E_PIPE_COMPONENT_FAILED', { name: c.name, id: doc.id ?? '(unsaved)', detail: (cause as Error).message }, {}, { cause });
          onError(error, doc);
          break;
        }
      }
      return doc;
    },
  };
}
