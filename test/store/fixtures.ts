import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor, ActorMention, CharRange, TimexSpan } from '../../src/doc/types.ts';
import type { ArticleBatchItem, ArticleToStore } from '../../src/store/types.ts';

/**
 * Makes a fresh temporary directory for one test's database files.
 *
 * @param prefix - Directory name prefix, to recognise leftovers.
 * @returns The directory path and a `cleanup` that removes it.
 * @example
 * const tmp = tempDir(); t.after(tmp.cleanup);
 */
export function tempDir(prefix = 'dateline-store-'): { dir: string; file: (name?: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, file: (name = 'test.db') => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Builds an article to store, with the sentence ranges of `sentences` joined by one space.
 *
 * @param fields - Article fields to set; `sentences` gives the text.
 * @returns A batch item (article + sentence ranges) with no annotations.
 * @example
 * const item = article({ id: 'a1', date: '2021-12-28', sentences: ['Lavrov spoke.', 'NATO replied.'] });
 */
export function article(fields: Partial<ArticleToStore> & { id: string; sentences?: string[] }): ArticleBatchItem {
  const parts = fields.sentences ?? [fields.text ?? `Text of ${fields.id}.`];
  const sentences: CharRange[] = [];
  let text = '';
  for (const part of parts) {
    if (text) text += ' ';
    sentences.push({ start: text.length, end: text.length + part.length });
    text += part;
  }
  const { sentences: _unused, ...rest } = fields;
  return {
    article: {
      date: '2021-12-28', published: null, title: null, source: null, url: null, lang: 'en', externalId: null,
      origin: { file: 'fixture.jsonl', line: 1 }, ...rest, text,
    },
    sentences,
  };
}

/**
 * An actor mention of `actor` at the first occurrence of `surface` in `text`.
 *
 * @param text - Article text.
 * @param surface - Text to find.
 * @param actor - The actor it refers to.
 * @param extra - Fields to override (antecedent, rule).
 * @returns The mention.
 * @example
 * mentionOf(text, 'Lavrov', LAVROV);
 */
export function mentionOf(text: string, surface: string, actor: Actor, extra: Partial<ActorMention> = {}): ActorMention {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`fixture: ${JSON.stringify(surface)} not in text`);
  return { label: 'ACTOR', start, end: start + surface.length, actor, rule: 'kb:test', reason: 'fixture', ...extra };
}

/**
 * A timex at the first occurrence of `surface` in `text`.
 *
 * @param text - Article text.
 * @param surface - Text to find.
 * @param value - Normalised value.
 * @returns The timex span.
 * @example
 * timexOf(text, 'Monday', '2021-12-27');
 */
export function timexOf(text: string, surface: string, value: string | null): TimexSpan {
  const start = text.indexOf(surface);
  if (start < 0) throw new Error(`fixture: ${JSON.stringify(surface)} not in text`);
  return { label: 'TIMEX', start, end: start + surface.length, type: 'DATE', value, granularity: value ? 'day' : null, rule: 'rule:test', reason: 'fixture' };
}

/** Actors the fixtures refer to. */
export const ACTORS = {
  lavrov: { id: 'person:sergey-lavrov', name: 'Sergey Lavrov', country: 'RUS', org: null, sector: 'GOV', role: 'foreign minister' },
  nato: { id: 'org:NATO', name: 'NATO', country: 'IGO', org: 'NATO', sector: 'IGO', role: null },
} satisfies Record<string, Actor>;

/**
 * Sentences in synthetic article `n`: it varies so that a torn article shows as a wrong count.
 *
 * @param n - Article number.
 * @returns 3 to 9.
 * @example
 * syntheticSentenceCount(4); // 7
 */
export function syntheticSentenceCount(n: number): number {
  return 3 + (n % 7);
}

/**
 * The text of sentence `k` of synthetic article `n`: long enough that a batch takes real time,
 * so the kill lands inside a transaction rather than between them.
 *
 * @param n - Article number.
 * @param k - Sentence number.
 * @returns The sentence text.
 * @example
 * syntheticSentence(0, 0); // 'Article 0 sentence 0: Sergey Lavrov told NATO envoys ...'
 */
export function syntheticSentence(n: number, k: number): string {
  return `Article ${n} sentence ${k}: Sergey Lavrov told NATO envoys on Monday that talks ${'would continue '.repeat(1 + (k % 4))}in Geneva.`;
}

/**
 * Synthetic article number `n`, deterministic, with sentences, one mention per sentence and one
 * timex, so the kill test can rebuild exactly what each stored article must contain.
 *
 * @param n - Article number, from 0.
 * @returns A batch item with id `synthetic-<n>`.
 * @example
 * store.insertArticles([synthetic(0), synthetic(1)]);
 */
export function synthetic(n: number): ArticleBatchItem {
  const count = syntheticSentenceCount(n);
  const item = article({
    id: `synthetic-${n}`,
    date: `2021-12-${String(1 + (n % 28)).padStart(2, '0')}`,
    title: `Synthetic report ${n}`,
    source: n % 2 ? 'Odd Wire' : 'Even Wire',
    origin: { file: 'synthetic.jsonl', line: n + 1 },
    sentences: Array.from({ length: count }, (_, k) => syntheticSentence(n, k)),
  });
  const { text } = item.article;
  item.mentions = item.sentences.map((s) => {
    const at = text.indexOf('Lavrov', s.start);
    return { label: 'ACTOR', start: at, end: at + 'Lavrov'.length, actor: ACTORS.lavrov, rule: 'kb:test', reason: 'synthetic' } satisfies ActorMention;
  });
  item.timex = [timexOf(text, 'Monday', '2021-12-27')];
  return item;
}

/**
 * A store on a fresh file in a temp folder, closed and removed when the test ends.
 *
 * @param t - The test context (its `after` hook cleans up).
 */
export function freshStore(t: { after: (fn: () => void) => void }): Store {
  const tmp = tempDir();
  const store = openStore(tmp.file());
  t.after(() => {
    store.close();
    tmp.cleanup();
  });
  return store;
}
