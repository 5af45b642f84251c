/**
 * A small English lemmatiser for the event coder: irregular forms come from data
 * (`data/lexicons/events/lemmas.tsv`), regular -s/-es/-ies/-ed/-ied/-ing forms are undone by rule,
 * and a candidate is only accepted when it is a word the lexicon knows (so "news" stays "news").
 */
export interface Lemmatizer {
  (norm: string): string;
}

/** Candidate lemmas of a regular inflected form, most likely first. */
export function regularCandidates(w: string): string[] {
  const out: string[] = [];
  const n = w.length;
  if (n > 4 && w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (n > 4 && w.endsWith('ied')) out.push(w.slice(0, -3) + 'y');
  if (n > 3 && w.endsWith('es')) out.push(w.slice(0, -2), w.slice(0, -1));
  else if (n > 2 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) out.push(w.slice(0, -1));
  if (n > 3 && w.endsWith('ed')) {
    out.push(w.slice(0, -1), w.slice(0, -2));
    if (w[n - 3] === w[n - 4]) out.push(w.slice(0, -3));
  }
  if (n > 4 && w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    out.push(stem, stem + 'e');
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1));
  }
  return out;
}

/**
 * Builds a cached lemmatiser over `known` lemmas with `irregular` forms (form -> lemma).
 *
 * @example
 * const lemma = createLemmatizer(new Map([['met', 'meet']]), new Set(['agree', 'meet']));
 * lemma('agreed'); // 'agree'
 */
export function createLemmatizer(irregular: ReadonlyMap<string, string>, known: ReadonlySet<string>): Lemmatizer {
  const cache = new Map<string, string>();
  return (norm: string): string => {
    const hit = cache.get(norm);
    if (hit !== undefined) return hit;
    let lemma = irregular.get(norm);
    if (lemma === undefined) {
      lemma = norm;
      if (!known.has(norm)) {
        for (const c of regularCandidates(norm)) {
          if (known.has(c)) {
            lemma = c;
            break;
          }
        }
      }
    }
    if (cache.size < 100_000) cache.set(norm, lemma);
    return lemma;
  };
}
