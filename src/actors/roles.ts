/**
 * Roles that hold for a period: which role a person held on the article date, and who held a
 * role ("the US president") on that date. Dates are `YYYY-MM-DD` strings, which compare in
 * calendar order; a role is held from `start` up to, not including, `end`, so on a handover day
 * the successor holds it.
 */
import type { ActorKnowledge, RoleHolder, RoleIndex } from './kb.ts';
import type { PersonEntry, RoleEntry } from './schema.ts';

/** True when `role` is held on `date`. */
export function holds(role: RoleEntry, date: string): boolean {
  return role.start <= date && (role.end === null || date < role.end);
}

/** Days between two `YYYY-MM-DD` dates (absolute). */
function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

/** Distance in days from `date` to the period of `role` (0 when held on that date). */
export function distance(role: RoleEntry, date: string): number {
  if (holds(role, date)) return 0;
  if (date < role.start) return daysApart(date, role.start);
  return daysApart(role.end!, date);
}

/** A person's role on a date, or the nearest one with whether it lies before or after. */
export interface RoleOnDate {
  role: RoleEntry;
  /** `during`: held on the date; `after`: the date is after the role ended; `before`: before it began. */
  when: 'during' | 'after' | 'before';
}

/** Hints from the text for picking among roles and people. */
export interface RoleHints {
  /** Role key the text gives ("foreign minister"). */
  role?: string | null;
  /** Country the text gives. */
  country?: string | null;
}

function roleScore(r: RoleEntry, date: string, hints: RoleHints): number {
  let s = -distance(r, date) / 365;
  if (holds(r, date)) s += 100;
  if (hints.role && r.role === hints.role) s += 10;
  if (hints.country && r.country === hints.country) s += 5;
  return s;
}

/**
 * The role that best describes `person` on `date`: one held that day (the first listed wins, so
 * list the main office first), else the nearest in time. Hints from the text break ties.
 */
export function roleOn(person: PersonEntry, date: string, hints: RoleHints = {}): RoleOnDate {
  let best = person.roles[0]!;
  let bestScore = -Infinity;
  for (const r of person.roles) {
    const s = roleScore(r, date, hints);
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  return { role: best, when: holds(best, date) ? 'during' : date < best.start ? 'before' : 'after' };
}

/**
 * Picks among people who share an alias ("Bush", "Assad"): the one whose role on the date fits
 * the text best.
 */
export function pickPerson(people: readonly PersonEntry[], date: string, hints: RoleHints = {}): PersonEntry {
  let best = people[0]!;
  let bestScore = -Infinity;
  for (const p of people) {
    for (const r of p.roles) {
      const s = roleScore(r, date, hints);
      if (s > bestScore) {
        best = p;
        bestScore = s;
      }
    }
  }
  return best;
}

/** What the text says about an office: "Russia's top diplomat", "the Kremlin spokesman". */
export interface OfficeQuery {
  role: string;
  country: string | null;
  org: string | null;
  office: string | null;
}

/**
 * The one person who held the office on `date`, or null when nobody or more than one person
 * fits. `leader` finds the role flagged as the national leader. Without an office in the query,
 * roles tied to an office are left out, so "the Russian spokesman" finds nobody rather than guess
 * between the Kremlin's and the foreign ministry's; and so are roles that many hold at once
 * (ambassadors, deputy ministers: only roles flagged `unique` in agents.tsv are looked up).
 */
export function holderOf(kb: ActorKnowledge, q: OfficeQuery, date: string): RoleHolder | null {
  // The hand-written roles first: the imported ones only answer when those name nobody.
  const mine = holderIn(kb, kb.roles, q, date);
  if (mine !== undefined || !kb.importedRoles) return mine ?? null;
  return holderIn(kb, kb.importedRoles, q, date) ?? null;
}

/** The one holder in `roles`, null when several fit, undefined when none does. */
function holderIn(kb: ActorKnowledge, roles: RoleIndex, q: OfficeQuery, date: string): RoleHolder | null | undefined {
  let pool: readonly RoleHolder[];
  if (q.role === 'leader' && !q.office) {
    // "The Russian leader": whoever is flagged as the national leader.
    if (!q.country) return null;
    pool = [...(roles === kb.roles ? kb.leaders.get(q.country) ?? [] : []), ...(roles.get('leader', q.country) ?? []).filter((h) => h.role.country === q.country && !h.role.office)];
  } else {
    // The imported index reads only the holders of the country asked (an organisation's: IGO/NGO).
    pool = roles.get(q.role, q.org ? kb.orgs.get(q.org)?.country ?? null : q.country) ?? [];
  }
  let found: RoleHolder | undefined;
  for (const h of pool) {
    const r = h.role;
    if (!holds(r, date)) continue;
    if (q.org) {
      if (r.org !== q.org) continue;
    } else if (q.country) {
      if (r.country !== q.country || r.org) continue;
    } else continue;
    if (q.office ? r.office !== q.office : r.office !== undefined && q.role !== 'leader') continue;
    if (!q.office && !kb.uniqueRoles.has(r.role) && !r.leader) continue;
    if (found && found.person !== h.person) return null;
    found = h;
  }
  return found;
}
