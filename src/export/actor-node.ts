import type { ParticipantJson } from '../events/json.ts';

/** A node of the exported actor network: who an actor counts as, and how to show it. */
export interface ActorNode {
  /** A country code (`RUS`), an organisation code (`NATO`), else the actor id (`group:isis`). */
  id: string;
  label: string;
  /** ISO alpha-3, `IGO`/`NGO`/`IMG`, or null for an actor placed nowhere. */
  country: string | null;
  /** How good a label this actor gives its node: 0 the country or organisation itself, 1 one of its members. */
  labelRank: 0 | 1;
}

// Country fields that name no country: international and non-governmental organisations, and
// PLOVER's transnational militarised groups. An actor with one of these is its own node.
const NO_COUNTRY = new Set(['IGO', 'NGO', 'IMG']);

/**
 * The network node an event participant belongs to. A country's people and agents join the country
 * (`Sergey Lavrov` -> `RUS`); an organisation's join the organisation (`NATO`). A transnational
 * group (`IMG`: Islamic State, al-Qaeda) is a node of its own, named by itself, so two groups never
 * merge under one code. An agent no country is known for is a node of its own, labelled as such
 * (`government (unattributed)`), as is an unplaced person.
 *
 * @param p - A source or target of an event.
 * @param countryName - The name of an ISO alpha-3 code, when known (`RUS` -> `Russia`).
 * @returns The node, with a label ranked so the best one can be kept.
 * @example
 * actorNode({ id: 'agent:?-GOV', name: 'government', country: null, ... }, name).label; // 'government (unattributed)'
 */
export function actorNode(p: Pick<ParticipantJson, 'id' | 'name' | 'country' | 'org'>, countryName: (code: string) => string | undefined): ActorNode {
  if ((p.country === 'IGO' || p.country === 'NGO') && p.org) {
    const own = p.id.startsWith('org:');
    return { id: p.org, label: own ? p.name : p.org, country: p.country, labelRank: own ? 0 : 1 };
  }
  if (p.country && !NO_COUNTRY.has(p.country)) {
    const own = p.id === `country:${p.country}`;
    return { id: p.country, label: own ? p.name : (countryName(p.country) ?? p.country), country: p.country, labelRank: own ? 0 : 1 };
  }
  const unattributed = p.id.startsWith('agent:?-');
  return { id: p.id, label: unattributed ? `${p.name} (unattributed)` : p.name, country: p.country, labelRank: 0 };
}
