/**
 * The parts of a phrase (`Parts`): the places, peoples, organisations, groups and agent nouns it
 * holds and the modifiers ("former", "deputy", "pro-Russian", "Iran-backed") that qualify them,
 * gathered in one left-to-right pass so each resolver reads them without walking the items again.
 */
import type { AtomItem, PlaceItem } from './interpret-resolution.ts';
import type { Item, Phrase } from './phrase.ts';
import type { GroupEntry, OrgEntry } from './schema.ts';

/** The parts of a phrase, read left to right. */
export interface Parts {
  places: { item: PlaceItem; excluded: boolean }[];
  ethnic: AtomItem<'ethnic'>[];
  orgs: OrgEntry[];
  groups: GroupEntry[];
  agents: AtomItem<'agent'>[];
  former: boolean;
  deputy: boolean;
  armed: boolean;
  excluded: string[];
  seat: PlaceItem | null;
  /** Aliases several countries' groups share ("PAN"): read in context by the caller, never taken as the group as they stand. */
  rivals: Array<readonly GroupEntry[]>;
}

/** Collects the parts of `items` (a phrase's own items, then any it shares with a neighbour). */
export function parts(items: readonly Item[]): Parts {
  const out: Parts = { places: [], ethnic: [], orgs: [], groups: [], agents: [], former: false, deputy: false, armed: false, excluded: [], seat: null, rivals: [] };
  let pro = false;
  for (const it of items) {
    if (it.t !== 'atom') continue;
    const a = it.atom;
    switch (a.kind) {
      case 'mod':
        if (a.effect === 'former') out.former = true;
        else if (a.effect === 'deputy') out.deputy = true;
        else if (a.effect === 'armed') out.armed = true;
        else if (a.effect === 'pro' || a.effect === 'anti') pro = true;
        else if (a.effect === 'backed') {
          const last = out.places[out.places.length - 1];
          if (last) {
            last.excluded = true;
            out.excluded.push(last.item.atom.country);
          }
        }
        break;
      case 'place':
        if (a.org) out.orgs.push(a.org);
        else out.places.push({ item: it as PlaceItem, excluded: pro });
        if (pro) out.excluded.push(a.country);
        if (a.via === 'seat' && a.sector) out.seat = it as PlaceItem;
        pro = false;
        break;
      case 'ethnic': out.ethnic.push(it as AtomItem<'ethnic'>); break;
      case 'org': out.orgs.push(a.org); break;
      case 'group':
        if (a.rivals) out.rivals.push(a.rivals);
        else out.groups.push(a.group);
        break;
      case 'agent': out.agents.push(it as AtomItem<'agent'>); break;
      default: break;
    }
  }
  return out;
}

/** The country a phrase gives, and whether it came from a people noun (which a place overrides). */
export function phraseCountry(pt: Parts, p: Phrase): { country: string | null; from: 'place' | 'people' | 'location' | null } {
  const first = pt.places.find((x) => !x.excluded);
  if (first) {
    if ((first.item.atom.via === 'people') && p.location?.country) return { country: p.location.country, from: 'location' };
    return { country: first.item.atom.country, from: first.item.atom.via === 'people' ? 'people' : 'place' };
  }
  const eth = pt.ethnic.find((e) => e.atom.country);
  if (p.location?.country && (pt.ethnic.length || !pt.orgs.length)) return { country: p.location.country, from: 'location' };
  if (eth) return { country: eth.atom.country, from: 'people' };
  return { country: null, from: null };
}
