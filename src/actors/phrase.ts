/**
 * From words to actor phrases, in two steps:
 * 1. `scan` labels the words of one sentence: gazetteer matches (atoms), names remembered from
 *    earlier in the article, possessive `'s`, prepositions, conjunctions, other words;
 * 2. `chunk` groups the labels into phrases such as `[Russia]['s][top diplomat]`,
 *    `[a][senior][US][official]`, `[Kremlin][spokesman][Dmitry Peskov]`, and notes what stands
 *    around each phrase (a preposition before it, a noun after it, an "in <place>" after it).
 * `interpret.ts` turns each phrase into mentions.
 */
import type { ActorKnowledge, Atom } from './kb.ts';
import type { DocState } from './coref.ts';
import type { GroupEntry, OrgEntry, PersonEntry } from './schema.ts';
import { startsWithDigit, type Word } from './words.ts';

/** A label over words `[from, to)` of the word view. */
export type Item =
  | { t: 'atom'; atom: Atom; from: number; to: number }
  | { t: 'docname'; ref: number; from: number; to: number }
  | { t: 'name' | 'poss' | 'prep' | 'conj' | 'comma' | 'punct' | 'num' | 'word'; from: number; to: number };

/** A place given by a prepositional phrase after a head noun ("separatists in eastern Ukraine"). */
export interface Location {
  country: string | null;
  org: OrgEntry | null;
  group: GroupEntry | null;
  /** Word index one past the place, for the mention's span. */
  to: number;
}

/** One actor phrase. */
export interface Phrase {
  /** A leading determiner ("the", "a", "its"), outside the span unless the phrase is a reference. */
  det: Item | null;
  items: Item[];
  /** Head words borrowed from a coordinated phrase ("Hungarian [and Romanian officials]"). */
  shared: Item[];
  /** The item before the phrase (a preposition makes a capital a place, "in Moscow"). */
  before: Item | null;
  /** The item after the phrase (a noun there makes a nationality adjective attributive). */
  after: Item | null;
  /** The item after `after` ("the foreign minister, Jean-Yves Le Drian": the name after the comma). */
  afterNext: Item | null;
  location: Location | null;
}

// Grammar words the chunker needs; they are closed-class English, not lexicon data.
const PREPOSITIONS = new Set(['of', 'in', 'from', 'at', 'near', 'outside', 'inside', 'around', 'across', 'to', 'on', 'for', 'with', 'by', 'against', 'into', 'over']);
const LOCATION_PREPS = new Set(['of', 'in', 'from']);
const CONJUNCTIONS = new Set(['and', 'or', '&']);
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'del', 'der', 'da', 'das', 'do', 'dos', 'du', 'van', 'von', 'la', 'le', 'di', 'ben', 'mac', 'y']);
const VERBISH = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do', 'wants', 'plans', 'urged', 'urges', 'says', 'sent', 'held', 'met', 'took', 'made', 'agreed', 'denied', 'fears']);
const ED_LY = /(?:ed|ly)$/;
const MAX_NAME_WORDS = 5;
const MAX_FILLER = 2;

function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  // Two rows of the distance table, swapped after each row rather than allocated per row.
  let prev: number[] = [];
  let cur: number[] = [];
  for (let j = 0; j <= b.length; j++) {
    prev.push(j);
    cur.push(0);
  }
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return false;
    const done = prev;
    prev = cur;
    cur = done;
  }
  return prev[b.length]! <= max;
}

/** True when `a` and `b` differ by at most `max` edits (insert, delete, substitute). */
export function nearlyEqual(a: string, b: string, max: number): boolean {
  return a === b || editDistanceAtMost(a, b, max);
}

function firstNames(p: PersonEntry): string[] {
  return [p.name, ...p.aliases].map((n) => n.split(/\s+/)).filter((ws) => ws.length > 1).map((ws) => ws[0]!.toLowerCase());
}

/** A capitalised word that starts no alias and is not the first word of its sentence: part of an unknown name. */
function unknownCapital(kb: ActorKnowledge, words: readonly Word[], k: number, sentenceStart: number): boolean {
  const w = words[k];
  if (!w || w.punct || !w.cap || startsWithDigit(w.text)) return false;
  if (kb.gazetteer.match(words, k)) return false;
  return k > sentenceStart || w.pos === 'PROPN';
}

/**
 * Checks the context of a one-word match that could be part of a longer proper name: a place
 * name next to an unknown capitalised word ("Michael Jordan", "Turkey Point") is not the place;
 * a surname after an unknown first name is the person only if the first name is close to one of
 * theirs ("Dmitriy Peskov", but not "Chelsea Clinton").
 */
function contextOk(kb: ActorKnowledge, words: readonly Word[], i: number, end: number, atom: Atom, sentenceStart: number): { ok: boolean; from: number } {
  if (end - i !== 1) return { ok: true, from: i };
  const w = words[i]!;
  if (atom.kind === 'place' && (atom.via === 'name' || atom.via === 'capital' || atom.via === 'region')) {
    const next = words[end];
    if (next && next.sentence === w.sentence && !next.joined && unknownCapital(kb, words, end, sentenceStart)) return { ok: false, from: i };
    if (!w.joined && i > sentenceStart && unknownCapital(kb, words, i - 1, sentenceStart) && !words[i - 1]!.joined) return { ok: false, from: i };
  }
  if (atom.kind === 'person' && i > sentenceStart && unknownCapital(kb, words, i - 1, sentenceStart)) {
    const first = words[i - 1]!.key;
    const known = atom.people.some((p) => firstNames(p).some((f) => nearlyEqual(f, first, 2)));
    return known ? { ok: true, from: i - 1 } : { ok: false, from: i };
  }
  return { ok: true, from: i };
}

/**
 * Labels the words `[from, to)` of one sentence. Reads the article state only to find names
 * remembered from earlier sentences.
 */
export function scan(kb: ActorKnowledge, state: DocState, words: readonly Word[], from: number, to: number): Item[] {
  const items: Item[] = [];
  let i = from;
  while (i < to) {
    const w = words[i]!;
    if (w.key === "'s" || w.key === "'") {
      items.push({ t: 'poss', from: i, to: i + 1 });
      i++;
      continue;
    }
    if (w.punct) {
      items.push({ t: w.text === ',' ? 'comma' : 'punct', from: i, to: i + 1 });
      i++;
      continue;
    }
    let candidates = kb.gazetteer.matchAll(words, i);
    if (candidates.length && candidates[0]!.end > to) candidates = candidates.filter((m) => m.end <= to);
    const name = state.matchName(words, i);
    if (name && name.end <= to && (!candidates.length || candidates[0]!.end <= name.end)) {
      items.push({ t: 'docname', ref: name.ref, from: i, to: name.end });
      i = name.end;
      continue;
    }
    let placed = false;
    for (const m of candidates) {
      const atom = m.entry.value;
      if (atom.kind === 'coref') {
        // "the Organization for Security and Co-operation in Europe" is a name, not "the organization".
        const inner = kb.gazetteer.match(words, i + 1);
        if (inner && inner.end > m.end && (inner.entry.value.kind === 'org' || inner.entry.value.kind === 'group' || inner.entry.value.kind === 'place')) continue;
      }
      // "Russian-speakers", "Kurdish-led": a noun glued to a word before it is part of a compound.
      if (atom.kind === 'agent' && w.joined) continue;
      if (atom.kind === 'agent' && atom.agent.title) {
        const next = words[m.end];
        if (!w.cap || !next || next.punct || !next.cap || next.sentence !== w.sentence) continue;
      }
      const ctx = contextOk(kb, words, i, m.end, atom, from);
      if (!ctx.ok) continue;
      if (atom.kind !== 'block') {
        // A first name glued on by contextOk belongs to the person's span.
        if (ctx.from < i && items.length && items[items.length - 1]!.t === 'word' && items[items.length - 1]!.from === ctx.from) items.pop();
        items.push({ t: 'atom', atom, from: ctx.from, to: m.end });
      } else {
        items.push({ t: 'punct', from: i, to: m.end });
      }
      i = m.end;
      placed = true;
      break;
    }
    if (placed) continue;
    if (startsWithDigit(w.text)) items.push({ t: 'num', from: i, to: i + 1 });
    else if (PREPOSITIONS.has(w.key)) items.push({ t: 'prep', from: i, to: i + 1 });
    else if (CONJUNCTIONS.has(w.key)) items.push({ t: 'conj', from: i, to: i + 1 });
    else items.push({ t: 'word', from: i, to: i + 1 });
    i++;
  }
  return items;
}

function isAtom<K extends Atom['kind']>(it: Item | undefined, kind: K): it is { t: 'atom'; atom: Extract<Atom, { kind: K }>; from: number; to: number } {
  return !!it && it.t === 'atom' && it.atom.kind === kind;
}

/** Items that may begin a phrase. */
function startable(it: Item | undefined): boolean {
  if (!it) return false;
  if (it.t === 'docname') return true;
  if (it.t !== 'atom') return false;
  return it.atom.kind !== 'block' && it.atom.kind !== 'coref';
}

/** Items that carry meaning inside a phrase (not modifiers or determiners). */
function content(it: Item): boolean {
  return it.t === 'docname' || it.t === 'name' || (it.t === 'atom' && it.atom.kind !== 'mod' && it.atom.kind !== 'block');
}

/** A proper noun that a modifier cannot follow inside one phrase ("Russia armed ..." is a clause). */
function nounLike(it: Item | undefined): boolean {
  if (!it || it.t !== 'atom') return it?.t === 'docname' || it?.t === 'name';
  const a = it.atom;
  return a.kind === 'org' || a.kind === 'group' || a.kind === 'person' || (a.kind === 'place' && a.via !== 'demonym' && a.via !== 'people');
}

/** A capitalised modifier ("Deputy", "Former") right before a singular person title. */
function titleModifier(mod: Item, next: Item | undefined, words: readonly Word[]): boolean {
  return words[mod.from]!.cap && isAtom(next, 'agent') && next.atom.agent.person && !next.atom.plural;
}

function hasHead(items: readonly Item[]): boolean {
  return items.some((it) => it.t === 'atom' && (it.atom.kind === 'agent' || it.atom.kind === 'person' || it.atom.kind === 'group'));
}

/** Nouns after a head that is really an adjective ("military base", "police station"). */
function nounAfter(words: readonly Word[], it: Item | null | undefined, kb: ActorKnowledge): boolean {
  if (!it || it.t !== 'word') return false;
  const w = words[it.from]!;
  if (w.cap) return false;
  // Hand-built Docs have no tags: guess from the word, treating common verbs as verbs.
  if (w.pos === 'X') return !kb.speech.has(w.key) && !kb.clause.has(w.key) && !VERBISH.has(w.key) && !ED_LY.test(w.key);
  return w.pos === 'NOUN';
}

/** Looks past a preposition for a place, organisation or group: "in eastern Ukraine", "of the IAEA". */
function peekLocation(items: readonly Item[], k: number, words: readonly Word[]): Location | null {
  const prep = items[k];
  if (!prep || prep.t !== 'prep' || !LOCATION_PREPS.has(words[prep.from]!.key)) return null;
  // The head of the place phrase is its last name: "the Israeli-occupied West Bank" -> PSE.
  let name: Location | null = null;
  let demonym: Location | null = null;
  let skipped = 0;
  for (let j = k + 1; j < items.length; j++) {
    const it = items[j]!;
    if (it.t === 'atom') {
      const a = it.atom;
      if (a.kind === 'mod') continue;
      if (a.kind === 'place') {
        const loc = { country: a.org ? a.org.country : a.country, org: a.org, group: null, to: it.to };
        if (a.via === 'demonym') demonym ??= loc;
        else name = loc;
        continue;
      }
      if (a.kind === 'org' && !name && !demonym) return { country: null, org: a.org, group: null, to: it.to };
      if (a.kind === 'group' && !name && !demonym) return { country: null, org: null, group: a.group, to: it.to };
      break;
    }
    if ((it.t === 'word' || it.t === 'num') && skipped < 3 && !words[it.from]!.cap) {
      skipped++;
      continue;
    }
    break;
  }
  return name ?? demonym;
}

/** The one item within words `[from, to)`, or null when there are none or several. */
function onlyItemBetween(items: readonly Item[], from: number, to: number): Item | null {
  let found: Item | null = null;
  for (const it of items) {
    if (it.from < from || it.to > to) continue;
    if (found) return null;
    found = it;
  }
  return found;
}

/**
 * Groups the items of one sentence into phrases. Also links coordinated nationalities to a
 * shared head ("Hungarian and Romanian officials") and absorbs a capitalised name after a title
 * ("defence minister Oleksii X").
 */
export function chunk(kb: ActorKnowledge, items: readonly Item[], words: readonly Word[]): Phrase[] {
  const phrases: Phrase[] = [];
  const n = items.length;
  let k = 0;
  while (k < n) {
    const it = items[k]!;
    if (isAtom(it, 'coref') && it.atom.coref !== 'member') {
      phrases.push({ det: null, items: [it], shared: [], before: items[k - 1] ?? null, after: items[k + 1] ?? null, afterNext: items[k + 2] ?? null, location: null });
      k++;
      continue;
    }
    if (!startable(it) && !(it.t === 'num' && startable(items[k + 1]))) {
      k++;
      continue;
    }
    const p: Phrase = { det: null, items: [], shared: [], before: items[k - 1] ?? null, after: null, afterNext: null, location: null };
    while (k < n) {
      const cur = items[k]!;
      if (isAtom(cur, 'mod') && cur.atom.effect === 'det') {
        if (p.items.length) break;
        p.det = cur;
        k++;
        continue;
      }
      if (isAtom(cur, 'coref') && cur.atom.coref === 'member' && p.det && words[p.det.from]!.key === 'the') {
        p.items.push(cur);
        k++;
        break;
      }
      // Modifiers come before what they modify: "former" after a name starts a new phrase
      // ("Russia | armed pro-Russian separatists"), unless glued on ("Russian-backed").
      // A capitalised modifier before a title continues the phrase: "U.S. Deputy Secretary of State".
      if (isAtom(cur, 'mod') && !words[cur.from]!.joined && nounLike(p.items[p.items.length - 1]) && !titleModifier(cur, items[k + 1], words)) break;
      if (startable(cur) || cur.t === 'num') {
        p.items.push(cur);
        k++;
        if (isAtom(cur, 'agent') && cur.atom.agent.person && !cur.atom.plural) {
          // An apposition: capitalised words after a title are the holder's name. (Items are
          // `word` only where no alias matched, so these are unknown names.)
          let taken = 0;
          while (k < n && taken < MAX_NAME_WORDS) {
            const nx = items[k]!;
            if (nx.t !== 'word') break;
            const w = words[nx.from]!;
            const particle = NAME_PARTICLES.has(w.key) && items[k + 1]?.t === 'word' && (words[items[k + 1]!.from]!.cap || words[items[k + 1]!.from]!.joined);
            if (!(w.cap && !startsWithDigit(w.text)) && !particle && !(w.joined && taken > 0)) break;
            p.items.push({ t: 'name', from: nx.from, to: nx.to });
            k++;
            taken++;
          }
        }
        continue;
      }
      if (cur.t === 'poss' && p.items.some(content) && startable(items[k + 1]) && !(isAtom(items[k + 1], 'mod') && (items[k + 1] as { atom: { effect: string } }).atom.effect === 'det')) {
        p.items.push(cur);
        k++;
        continue;
      }
      if (cur.t === 'word' && p.items.length && !hasHead(p.items)) {
        // Up to two unknown words between a modifier and its head: "French [paper] workers",
        // "Former [Socialist] prime minister".
        let j = k;
        while (j < n && j - k < MAX_FILLER && items[j]!.t === 'word' && words[items[j]!.from]!.pos !== 'VERB' && words[items[j]!.from]!.pos !== 'AUX') j++;
        if (j > k && isAtom(items[j], 'agent')) {
          for (let x = k; x < j; x++) p.items.push(items[x]!);
          k = j;
          continue;
        }
      }
      break;
    }
    if (!p.items.length) {
      if (k < n && p.det) continue;
      k++;
      continue;
    }
    p.after = items[k] ?? null;
    p.afterNext = items[k + 1] ?? null;
    // A trailing agent followed by a noun is an adjective ("its military base"): drop it unless a
    // nationality qualifies it ("Russian troop buildup" is still Russian troops).
    const last = p.items[p.items.length - 1]!;
    // Only a singular noun works as an adjective in English compounds ("rebel attack", not "rebels attack").
    if (isAtom(last, 'agent') && !last.atom.plural && nounAfter(words, p.after, kb)) {
      const prev = p.items[p.items.length - 2];
      if (!prev || prev.t === 'poss' || isAtom(prev, 'mod')) {
        p.items.pop();
        while (p.items.length && (p.items[p.items.length - 1]!.t === 'poss' || !content(p.items[p.items.length - 1]!))) p.items.pop();
        if (!p.items.length) continue;
      }
    }
    p.location = peekLocation(items, k, words);
    phrases.push(p);
  }
  // Coordinated nationalities share the head of the last conjunct.
  for (let x = phrases.length - 2; x >= 0; x--) {
    const a = phrases[x]!;
    const b = phrases[x + 1]!;
    if (hasHead(a.items) || !a.items.every((it) => isAtom(it, 'place') || isAtom(it, 'ethnic') || isAtom(it, 'mod'))) continue;
    const between = onlyItemBetween(items, a.items[a.items.length - 1]!.to, (b.det ?? b.items[0]!).from);
    if (!between || (between.t !== 'conj' && between.t !== 'comma')) continue;
    const head = [...b.items, ...b.shared].filter((it) => isAtom(it, 'agent') || it.t === 'word');
    if (head.some((it) => isAtom(it, 'agent'))) {
      a.shared = head;
      a.after = b.items[0] ?? b.det;
    }
  }
  return phrases;
}
