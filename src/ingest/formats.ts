import { extname } from 'node:path';

/** The input formats Dateline reads. */
export type InputFormat = 'txt' | 'jsonl' | 'csv' | 'html' | 'feed';

/** Every {@link InputFormat}, in the order messages list them. */
export const INPUT_FORMATS: readonly InputFormat[] = ['txt', 'jsonl', 'csv', 'html', 'feed'];

/** File extensions Dateline reads, and their formats. Folders are searched for these. */
export const INPUT_EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'txt',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

// --format accepts a format, an extension, or one of these words.
const FORMAT_ALIASES: Record<string, InputFormat> = { text: 'txt', seed: 'txt', feed: 'feed' };

/**
 * The format a name or alias stands for (`rss` -> `feed`, `ndjson` -> `jsonl`), case-insensitively.
 *
 * @param name - A format name, alias or extension without the dot.
 * @returns The format, or null when unknown.
 * @example
 * parseFormat('RSS'); // "feed"
 */
export function parseFormat(name: string): InputFormat | null {
  const word = name.trim().toLowerCase().replace(/^\./, '');
  return lookup(FORMAT_ALIASES, word) ?? lookup(INPUT_EXTENSIONS, `.${word}`);
}

/**
 * The format a file's extension implies.
 *
 * @param path - A file path.
 * @returns The format, or null for an unknown or missing extension.
 * @example
 * formatFromExtension('feeds/world.atom'); // "feed"
 */
export function formatFromExtension(path: string): InputFormat | null {
  return lookup(INPUT_EXTENSIONS, extname(path).toLowerCase());
}

// Own keys only: a user's `--format constructor` must not find Object.prototype.constructor.
function lookup(table: Readonly<Record<string, InputFormat>>, key: string): InputFormat | null {
  return Object.hasOwn(table, key) ? table[key]! : null;
}

/**
 * Guesses the format of text whose name says nothing: markup is HTML or a feed, a first line that
 * is a JSON object is JSON Lines, a header line naming a text column is CSV, anything else is text.
 *
 * @param content - The text (BOM removed).
 * @returns The likely format.
 * @example
 * sniffFormat('{"date":"2021-12-28","text":"..."}'); // "jsonl"
 */
export function sniffFormat(content: string): InputFormat {
  const head = content.trimStart().slice(0, 2048);
  if (/^(?:<!doctype html|<html[\s>])/i.test(head)) return 'html';
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/.test(head)) return 'feed';
  if (head.startsWith('<')) return 'html';
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.startsWith('{')) return 'jsonl';
  const columns = firstLine.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  if (columns.length > 1 && columns.some((c) => c === 'text' || c === 'body' || c === 'content')) return 'csv';
  return 'txt';
}
