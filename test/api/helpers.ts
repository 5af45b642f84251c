import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPipeline, ingestPaths, loadKnowledge, openStore, PACKAGE_ROOT, type Pipeline, type Store } from '../../src/index.ts';
import { createServer, type ServerOptions } from '../../src/api/server.ts';

/** A temporary folder for one test file, removed by `cleanup`. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-api-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

let pipeline: Pipeline | undefined;

/** The full pipeline, loaded once per test file. */
export function sharedPipeline(): Pipeline {
  return (pipeline ??= buildPipeline(loadKnowledge()));
}

/**
 * Builds a database at `file` from the repository's own example articles (what `dateline demo` ingests).
 *
 * @example
 * await buildExampleDb(join(dir, 'api.db'));
 */
export async function buildExampleDb(file: string): Promise<void> {
  const store = openStore(file);
  try {
    const examples = join(PACKAGE_ROOT, 'examples');
    await ingestPaths(store, sharedPipeline(), [join(examples, 'articles'), join(examples, 'articles.jsonl'), join(examples, 'feed.xml')]);
  } finally {
    store.close();
  }
}

/** A server listening on 127.0.0.1 on a free port. */
export interface RunningServer {
  /** Base URL with a trailing slash. */
  url: string;
  store: Store;
  close: () => Promise<void>;
}

/**
 * Opens `file`, builds the server with `options` and listens on 127.0.0.1:0.
 *
 * @example
 * const server = await startServer(dbFile); after(server.close);
 */
export async function startServer(file: string, options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const store = openStore(file);
  const app = await createServer({ store, host: '127.0.0.1', pipeline: sharedPipeline, webRoot: join(file, '..', 'no-web-build'), ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    store,
    close: async () => {
      await app.close();
      store.close();
    },
  };
}

/** GET `path` and parse the JSON body. */
export async function getJson(base: string, path: string): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(new URL(path, base));
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Record<string, unknown>, headers: response.headers };
}
