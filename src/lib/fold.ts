/**
 * Case and diacritics folded away, the part of name matching that people, organisations and places
 * share (`Khürelsükh` = `khurelsukh`, `Łódź` = `lodz`). Each caller adds its own rules for punctuation.
 */

const MARKS = /\p{M}/gu;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
// Latin letters that Unicode does not decompose into a base letter and a mark.
const UNDECOMPOSED: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ħ: 'h' };
const UNDECOMPOSED_RE = /[ıłøđðßæœþħ]/g;

/**
 * Lower case without diacritics. Most names are ASCII: they skip the Unicode decomposition, which
 * dominates the loading time of the knowledge base and the gazetteer.
 *
 * @example
 * foldLetters('Recep Tayyıp Erdoğan'); // 'recep tayyip erdogan'
 */
export function foldLetters(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').toLowerCase().replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c]!).replace(MARKS, '');
}
