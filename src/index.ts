/**
 * Dateline's public library surface. The CLI and the server import only from here.
 */
export * from './doc/index.ts';
export * from './errors.ts';
export { createPipeline, type Component, type Pipeline, type PipelineOptions, type ErrorHandler } from './nlp/pipeline.ts';
export { segment, segmenter, createSegmenter, normalizeToken } from './nlp/segment.ts';
export { loadEnglishData, type EnglishData } from './nlp/english.ts';
export * from './ingest/index.ts';
export * from './store/index.ts';
export { ingestPaths, ingestExitCode, type IngestOptions, type IngestProgress, type IngestSummary } from './jobs/ingest.ts';
export { recodeStore, type RecodeOptions, type RecodeProgress, type RecodeSummary } from './jobs/recode.ts';
export { annotateArticle, pipelineAnnotator, type Annotator, type ArticleWithId } from './jobs/annotator.ts';
export { workerAnnotator, defaultWorkerCount, type WorkerAnnotatorOptions, type PipelineRecipe } from './jobs/worker-annotator.ts';
export { loadKnowledge, buildPipeline, COMPONENT_FACTORIES, type Knowledge, type ComponentName, type BuildPipelineOptions, type LoadKnowledgeOptions } from './setup.ts';
export { DEFAULT_DATA_DIR, PACKAGE_ROOT } from './lib/paths.ts';
export * from './time/index.ts';
export * from './actors/index.ts';
export * from './quotes/index.ts';
export * from './events/index.ts';
export * from './export/index.ts';
export { CODER_VERSION, PIPELINE_VERSION } from './version.ts';
