/**
 * Person and organisation names as people write them: one folded form that ignores case,
 * diacritics, dots, hyphens and curly quotes ("Khürelsükh" = "Khurelsukh", "Jean-Yves" = "Jean Yves"),
 * and spelling variants of given names mapped to one form (`Sergei` = `Sergey`), from
 * `data/kb/conventions/name-variants.tsv`. Pure functions: the build script and the loader share them.
 */
import { foldLetters } from '../lib/fold.ts';

const QUOTES = /[\u2018\u2019\u02bc`\u00b4]/g;
const SEPARATORS = /[\s\-/_]+/g;
const DROP = /[.,"()]/g;

/** Folds a name for comparison: no diacritics, lower case, no dots, single spaces. */
export function foldName(name: string): string {
  return foldLetters(name).replace(QUOTES, "'").replace(DROP, ' ').replace(SEPARATORS, ' ').trim();
}

/** Folds a name and maps each word through `variants` (folded variant -> folded canonical form). */
export function nameKey(name: string, variants: ReadonlyMap<string, string>): string {
  const folded = foldName(name);
  if (!variants.size) return folded;
  return folded.split(' ').map((w) => variants.get(w) ?? w).join(' ');
}

/** True when every letter of `name` is Latin: names in other scripts are not matched in English news. */
export function isLatinName(name: string): boolean {
  return /\p{L}/u.test(name) && !/[^\p{Script=Latin}\p{M}\s\d.'’()\-,&/]/u.test(name);
}

/** True when two names share no word (after folding): a sign that one of them is not the other's label. */
export function noWordInCommon(a: string, b: string): boolean {
  const words = new Set(foldName(a).split(' ').filter((w) => w.length > 1));
  return !foldName(b).split(' ').some((w) => words.has(w));
}

/** A lower-case id slug (`Sergey Lavrov` -> `sergey-lavrov`). */
export function slugName(name: string): string {
  return foldName(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}
