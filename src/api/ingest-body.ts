/**
 * POST /api/articles: a request body to articles (through the same readers as `dateline ingest`),
 * then through the pipeline into the store.
 */
import {
  articleId, formatLocation, readJsonl, readText,
  type Annotator, type ArticleBatchItem, type ArticleWithId, type Location, type Problem, type ReadResult, type Store,
} from '../index.ts';
import { ApiError } from './errors.ts';
import { jsonDepth, MAX_JSON_DEPTH } from './json-depth.ts';

/** The name problems and stored origins give a request body. */
export const BODY_NAME = 'request body';

/** Media types read without `?format=`, and the ingest format each stands for. */
export const BODY_FORMATS: Readonly<Record<string, string>> = {
  'text/plain': 'txt',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'text/csv': 'csv',
  'text/html': 'html',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
};

/** What an upload did: the counts and every rejected record. */
export interface IngestReply {
  read: number;
  /** The id of every article read, in order, whether new or already stored. */
  ids: string[];
  inserted: number;
  existing: number;
  rejected: number;
  problems: { message: string; location: Location }[];
}

/**
 * Reads a request body: `?format=` wins, else the content type says the format; JSON is
 * `{"articles":[{date, text, title?, source?, url?, id?}]}`, each article checked like a JSON Lines record.
 *
 * @param body - The raw bytes (empty for no body).
 * @param mediaType - The Content-Type without parameters, lower case.
 * @param format - The `?format=` value, if any.
 * @returns Articles and problems; a bad record is a problem, not an exception.
 * @throws ApiError 400 for JSON that is not `{"articles":[...]}` or nests deeper than {@link MAX_JSON_DEPTH};
 *   415 for a media type with no format.
 * @example
 * readBody(Buffer.from('{"articles":[{"date":"2022-01-10","text":"Talks began."}]}'), 'application/json', undefined);
 */
export function readBody(body: Buffer, mediaType: string, format: string | undefined): ReadResult {
  if (format !== undefined) return readText(body, BODY_NAME, format);
  if (mediaType === 'application/json') return readJsonBody(body);
  const implied = BODY_FORMATS[mediaType];
  if (!Object.hasOwn(BODY_FORMATS, mediaType) || implied === undefined) {
    throw new ApiError(415, {
      error: 'unsupported_media_type',
      message: `cannot read ${mediaType || 'a body without Content-Type'}: send application/json, one of ${Object.keys(BODY_FORMATS).join(', ')}, or pass ?format=`,
    });
  }
  return readText(body, BODY_NAME, implied);
}

function readJsonBody(body: Buffer): ReadResult {
  const text = body.toString('utf8');
  if (jsonDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw ApiError.badRequest('body', `a JSON body may nest arrays and objects at most ${MAX_JSON_DEPTH} deep (an upload needs 3)`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw ApiError.badRequest('body', `body is not valid JSON: ${(error as Error).message}`);
  }
  const articles = (value as { articles?: unknown } | null)?.articles;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Array.isArray(articles)) {
    throw ApiError.badRequest('body', 'a JSON body must be {"articles":[{"date":"YYYY-MM-DD","text":"..."}]}');
  }
  // One JSON Lines record per article: the same checks and messages as a .jsonl file.
  const result = readJsonl(articles.map((a) => JSON.stringify(a) ?? 'null').join('\n'), BODY_NAME);
  return { articles: result.articles, problems: result.problems.map(pointAtArticle) };
}

// Line N of the joined records is articles[N-1] of the request.
function pointAtArticle(p: Problem): Problem {
  const reason = p.message.slice(formatLocation(p.location).length + 2);
  const location: Location = { file: BODY_NAME, field: `articles[${(p.location.line ?? 1) - 1}]` };
  return { ...p, location, message: `${formatLocation(location)}: ${reason}` };
}

/**
 * Annotates the new articles of `read` and stores them in one transaction; articles already stored
 * (same content hash) are counted, not processed again.
 *
 * @param store - The open store.
 * @param annotator - Gives the annotator; only called when there is a new article, since building it
 *   loads the knowledge base. The server's default runs in a worker thread, so coding a large upload
 *   does not hold up other requests.
 * @param read - What {@link readBody} returned.
 * @returns The counts and problems for the response.
 * @example
 * (await ingestRead(store, () => annotator, readBody(body, 'text/csv', undefined))).inserted;
 */
export async function ingestRead(store: Store, annotator: () => Annotator, read: ReadResult): Promise<IngestReply> {
  const fresh: ArticleWithId[] = [];
  const seen = new Set<string>();
  let existing = 0;
  const ids: string[] = [];
  for (const article of read.articles) {
    const id = articleId(article.title, article.text);
    ids.push(id);
    if (seen.has(id) || store.hasArticle(id)) {
      existing++;
      continue;
    }
    seen.add(id);
    fresh.push({ ...article, id });
  }
  const batch: ArticleBatchItem[] = fresh.length ? await annotator().annotate(fresh) : [];
  const result = batch.length ? store.insertArticles(batch) : { inserted: [], existing: [] };
  return {
    read: read.articles.length,
    ids,
    inserted: result.inserted.length,
    existing: existing + result.existing.length,
    rejected: read.problems.length,
    problems: read.problems.map((p) => ({ message: p.message, location: p.location })),
  };
}
