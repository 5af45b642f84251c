/**
 * Cuts an article's text into segments at every annotation boundary, so overlapping annotations
 * (a quote holding an actor holding a trigger, two events on one trigger) nest instead of
 * breaking each other: each segment lists every annotation that covers it, outermost first.
 */

/** Annotation kinds, in nesting order: a quote wraps actors, an actor wraps a trigger. */
export const LAYER_KINDS = ['quote', 'actor', 'timex', 'trigger'] as const;

/** One annotation kind. */
export type LayerKind = (typeof LAYER_KINDS)[number];

/** An annotation over `[start, end)` of the text; `key` indexes its source list (events, mentions…). */
export interface Layer {
  kind: LayerKind;
  start: number;
  end: number;
  key: number;
}

/** A stretch of text and the annotations covering all of it. */
export interface Segment {
  start: number;
  end: number;
  /** Outermost first: by kind order, then longer before shorter. */
  layers: Layer[];
}

function byNesting(a: Layer, b: Layer): number {
  return LAYER_KINDS.indexOf(a.kind) - LAYER_KINDS.indexOf(b.kind) || b.end - b.start - (a.end - a.start) || a.start - b.start || a.key - b.key;
}

/**
 * Segments covering `[0, length)` with no gaps, cut at every layer boundary and at `cuts`
 * (sentence boundaries, so a sentence can be its own element). Layers outside the text, or empty,
 * are ignored.
 *
 * @example
 * segmentText(11, [{ kind: 'actor', start: 0, end: 6, key: 0 }, { kind: 'trigger', start: 3, end: 9, key: 0 }]);
 * // [0,3) actor · [3,6) actor+trigger · [6,9) trigger · [9,11) none
 */
export function segmentText(length: number, layers: readonly Layer[], cuts: readonly number[] = []): Segment[] {
  const valid = layers.filter((l) => l.start < l.end && l.start >= 0 && l.end <= length);
  const points = new Set<number>([0, length]);
  for (const l of valid) {
    points.add(l.start);
    points.add(l.end);
  }
  for (const c of cuts) if (c > 0 && c < length) points.add(c);
  const sorted = [...points].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] as number;
    const end = sorted[i + 1] as number;
    segments.push({ start, end, layers: valid.filter((l) => l.start <= start && l.end >= end).sort(byNesting) });
  }
  return segments;
}

/**
 * Which sentence (by index) each segment belongs to, or -1 for text between sentences.
 *
 * @example
 * sentenceOf([{ start: 0, end: 5 }], { start: 2, end: 3, layers: [] }); // 0
 */
export function sentenceOf(sentences: readonly { start: number; end: number }[], segment: Pick<Segment, 'start' | 'end'>): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid] as { start: number; end: number };
    if (segment.end <= s.start) high = mid - 1;
    else if (segment.start >= s.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
