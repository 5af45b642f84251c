/**
 * What interpreting a phrase produces, and the small pieces every resolver builds it from: the
 * context (`InterpretContext`), the mention to add (`Resolution`), the empty coreference note
 * (`NO_META`) and span and text helpers. Kept apart so the resolvers (`interpret-*.ts`) share
 * one definition without importing the dispatcher in `interpret.ts`.
 */
import type { Actor } from '../doc/index.ts';
import type { DocState, MentionMeta } from './coref.ts';
import type { ActorKnowledge, Atom } from './kb.ts';
import type { Item } from './phrase.ts';
import type { PersonEntry } from './schema.ts';
import type { Word } from './words.ts';

/** What `interpret` needs besides the phrase. */
export interface InterpretContext {
  kb: ActorKnowledge;
  state: DocState;
  words: readonly Word[];
  date: string;
  sentence: number;
}

/** One mention to add, with its word span and what coreference will need to know about it. */
export interface Resolution {
  from: number;
  to: number;
  actor: Actor;
  rule: string;
  reason: string;
  antecedent?: number;
  meta: Omit<MentionMeta, 'sentence' | 'from' | 'to' | 'subject'>;
  /** Words of a person's name to remember for later surname references. */
  name?: { from: number; to: number };
}

/** A gazetteer atom of one kind, with its word span. */
export type AtomItem<K extends Atom['kind']> = { t: 'atom'; atom: Extract<Atom, { kind: K }>; from: number; to: number };
/** A place atom with its word span. */
export type PlaceItem = AtomItem<'place'>;

// Resolutions are written out key by key (`{ from: span.from, to: span.to, actor, ... }`), never as
// `{ ...span, actor, ... }`: in V8 (Node 20) a spread followed by keys the source lacks costs about
// a microsecond, a hundred times a plain literal, and one is built for every mention. A spread
// that only overrides existing keys (`{ ...NO_META, person: true }`) stays fast.

/** The coreference note of a mention that is not a person and not a place. */
export const NO_META: Resolution['meta'] = { person: false, gender: null, roleKey: null, placeLike: false, excluded: [], pendingContext: false };

/** The coreference note of a known person, with the role they are mentioned in. */
export function personMeta(person: PersonEntry, roleKey: string | null): Resolution['meta'] {
  return { ...NO_META, person: true, gender: person.gender ?? null, roleKey };
}

/** The word span `[from, to)` that `items` cover (at least one item). */
export function spanOf(items: readonly Item[]): { from: number; to: number } {
  return { from: items[0]!.from, to: items[items.length - 1]!.to };
}

/** The text of words `[from, to)`: a space between words, a hyphen between words cut from one token ("Jean-Yves Le Drian"). */
export function text(words: readonly Word[], from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += (i > from && !words[i]!.joined ? ' ' : i > from ? '-' : '') + words[i]!.text;
  return s;
}
