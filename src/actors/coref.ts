/**
 * What the tagger remembers while it reads one article, and the coreference rules that use it:
 * later mentions ("Lavrov", "he", "the minister", "the bloc", "the Nato member", "its neighbour",
 * "the country") resolve to earlier ones. Every lookup walks back over the mentions found so
 * far, a bounded number of steps, so an article costs time linear in its length.
 */
import type { ActorMention } from '../doc/index.ts';
import type { ActorKnowledge } from './kb.ts';
import type { OrgEntry } from './schema.ts';
import type { Word } from './words.ts';

/** Facts about a mention that the coreference rules need and the Doc does not carry. */
export interface MentionMeta {
  sentence: number;
  /** First and one-past-last word index of the mention in the word view. */
  from: number;
  to: number;
  /** The mention names one person. */
  person: boolean;
  gender: 'm' | 'f' | null;
  /** Role key ("foreign minister") for "the minister" style references. */
  roleKey: string | null;
  /** Subject of its sentence or clause: first in the sentence, or next to a speech verb. */
  subject: boolean;
  /** A country named as such (name, capital, seat, region), usable as the place of other actors. */
  placeLike: boolean;
  /** Countries a pro-/anti-/-backed modifier says the actor is not. */
  excluded: readonly string[];
  /** A domestic agent still waiting for its country from the context of the sentence. */
  pendingContext: boolean;
}

// How far back the rules look, in mentions and in sentences. Articles rarely refer further back.
const MAX_BACK = 200;
const PRONOUN_SENTENCES = 3;
const ROLE_SENTENCES = 40;

function isState(code: string | null): code is string {
  return code !== null && code !== 'IGO' && code !== 'NGO' && code !== 'IMG';
}

/** True when the words from `i` have the match keys `keys`, all in the sentence of word `i`. */
function wordsAre(words: readonly Word[], i: number, keys: readonly string[]): boolean {
  const sentence = words[i]!.sentence;
  for (let j = 0; j < keys.length; j++) {
    const w = words[i + j];
    if (!w || w.key !== keys[j] || w.sentence !== sentence) return false;
  }
  return true;
}

/** Lower-level helpers for coreference; one instance per article. */
export class DocState {
  readonly mentions: ActorMention[] = [];
  readonly meta: MentionMeta[] = [];
  private readonly byLast = new Map<string, number>();
  private readonly byFirst = new Map<string, { keys: string[]; ref: number }[]>();

  constructor(readonly kb: ActorKnowledge, readonly date: string) {}

  /** Adds a mention; returns its index in `spans.actors`. */
  add(mention: ActorMention, meta: MentionMeta): number {
    this.mentions.push(mention);
    this.meta.push(meta);
    return this.mentions.length - 1;
  }

  /**
   * Remembers a person's name so that a later surname or repeat of the full name resolves to
   * mention `ref` ("Abdul Raziq ... Raziq said").
   */
  rememberName(words: readonly Word[], from: number, to: number, ref: number): void {
    const keys: string[] = [];
    for (let i = from; i < to; i++) if (!words[i]!.punct) keys.push(words[i]!.key);
    if (!keys.length) return;
    this.byLast.set(keys[keys.length - 1]!, ref);
    if (keys.length > 1) {
      const list = this.byFirst.get(keys[0]!) ?? [];
      list.push({ keys, ref });
      this.byFirst.set(keys[0]!, list);
    }
  }

  /** A remembered name at word `i`: the full name, or a capitalised surname. */
  matchName(words: readonly Word[], i: number): { end: number; ref: number } | null {
    const w = words[i]!;
    if (!w.cap) return null;
    const full = this.byFirst.get(w.key);
    if (full) {
      for (let k = full.length - 1; k >= 0; k--) {
        const { keys, ref } = full[k]!;
        if (wordsAre(words, i, keys)) return { end: i + keys.length, ref };
      }
    }
    const ref = this.byLast.get(w.key);
    return ref === undefined ? null : { end: i + 1, ref };
  }

  /** The most recent organisation (or, for "group"-like nouns, named group) that `noun` can refer to. */
  findOrg(noun: string): { index: number; org: OrgEntry | null } | null {
    const groupNoun = /(?:^|\s)(?:group|movement|party|militant group)$/.test(noun);
    for (let i = this.mentions.length - 1, n = 0; i >= 0 && n < MAX_BACK; i--, n++) {
      const a = this.mentions[i]!.actor;
      if (a.org) {
        const org = this.kb.orgsByName.get(a.org);
        if (org && (org.refs.includes(noun) || org.refs.includes(noun.split(' ').pop()!))) return { index: i, org };
      } else if (groupNoun && a.id.startsWith('group:')) {
        return { index: i, org: null };
      }
    }
    return null;
  }

  /** The most recent organisation mentioned that has member states ("the member state"). */
  findOrgWithMembers(): OrgEntry | null {
    for (let i = this.mentions.length - 1, n = 0; i >= 0 && n < MAX_BACK; i--, n++) {
      const org = this.mentions[i]!.actor.org ? this.kb.orgsByName.get(this.mentions[i]!.actor.org!) : undefined;
      if (org && org.members.length) return org;
    }
    return null;
  }

  /** The most recent country mentioned that belonged to `org` on the article date. */
  findMember(org: OrgEntry): number | null {
    const members = new Set(org.members.filter((m) => (m.start ?? '0000') <= this.date && (m.end == null || this.date < m.end)).map((m) => m.country));
    for (let i = this.mentions.length - 1, n = 0; i >= 0 && n < MAX_BACK; i--, n++) {
      const c = this.mentions[i]!.actor.country;
      if (c && members.has(c) && !this.meta[i]!.person) return i;
    }
    return null;
  }

  /** The nearest mention before word `before` in sentence `sentence` that names a state. */
  findPossessor(sentence: number, before: number): number | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.meta[i]!;
      if (m.sentence !== sentence) break;
      if (m.to <= before && isState(this.mentions[i]!.actor.country)) return i;
    }
    return null;
  }

  /** The most recently mentioned country that borders `country` ("its neighbour"). */
  findNeighbour(country: string): number | null {
    const borders = new Set(this.kb.countries.get(country)?.borders ?? []);
    if (!borders.size) return null;
    for (let i = this.mentions.length - 1, n = 0; i >= 0 && n < MAX_BACK; i--, n++) {
      const c = this.mentions[i]!.actor.country;
      if (c && borders.has(c)) return i;
    }
    return null;
  }

  /** The most recent country named as such ("the country"). */
  findCountry(): number | null {
    for (let i = this.mentions.length - 1, n = 0; i >= 0 && n < MAX_BACK; i--, n++) {
      if (this.meta[i]!.placeLike && isState(this.mentions[i]!.actor.country)) return i;
    }
    return null;
  }

  /**
   * The antecedent of a subject pronoun: the most recent person who was a subject, of a matching
   * gender, within a few sentences; failing that the most recent person in this or the last sentence.
   */
  findPronoun(gender: 'm' | 'f' | null, sentence: number): number | null {
    let fallback: number | null = null;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.meta[i]!;
      if (sentence - m.sentence > PRONOUN_SENTENCES) break;
      if (!m.person || (gender && m.gender && m.gender !== gender)) continue;
      if (m.subject) return i;
      if (fallback === null && sentence - m.sentence <= 1) fallback = i;
    }
    return fallback;
  }

  /** The most recent person whose role fits `roleKey` ("the minister" fits any minister). */
  findRole(roleKey: string, sentence: number): number | null {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.meta[i]!;
      if (sentence - m.sentence > ROLE_SENTENCES) break;
      if (!m.person || !m.roleKey) continue;
      if (m.roleKey === roleKey || (roleKey === 'minister' && m.roleKey.includes('minister')) || roleKey === 'leader') return i;
    }
    return null;
  }

  /**
   * The country of the nearest place named in the same sentence (preceding ones first at equal
   * distance), skipping countries in `excluded`: the place of a domestic actor
   * ("Kiev in its conflict with separatists").
   */
  contextCountry(sentence: number, at: number, excluded: readonly string[]): { country: string; index: number } | null {
    let best: { country: string; index: number } | null = null;
    let bestD = Infinity;
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.meta[i]!;
      if (m.sentence < sentence) break;
      if (m.sentence !== sentence || !m.placeLike) continue;
      const c = this.mentions[i]!.actor.country;
      if (!isState(c) || excluded.includes(c)) continue;
      const d = m.to <= at ? at - m.to : m.from - at + 0.5;
      if (d < bestD) {
        bestD = d;
        best = { country: c, index: i };
      }
    }
    return best;
  }
}
