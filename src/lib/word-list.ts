import { readDataFile } from './data-files.ts';

/**
 * Reads a one-entry-per-line word list: blank lines and `#` comments are skipped, entries trimmed.
 *
 * @throws DatelineError `E_DATA_PARSE` naming the file when it cannot be read.
 * @example
 * const openers = readWordList('data/lexicons/en/sentence-openers.txt'); // ['The', 'A', ...]
 */
export function readWordList(file: string): string[] {
  return readDataFile(file).split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}
