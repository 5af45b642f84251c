/**
 * zod schemas for the actor knowledge base (`data/kb/`) and the actor lexicons
 * (`data/lexicons/actors/`). One schema per kind of file; the TypeScript types come from `z.infer`
 * so the validation and the types cannot drift apart. `data/README.md` (section "Actors") documents
 * every field for editors.
 */
import { z } from 'zod';
import type { SectorCode } from '../doc/index.ts';

/** Every sector code the Doc contract knows (see `SectorCode` in src/doc/types.ts). */
export const SECTOR_CODES = [
  'GOV', 'MIL', 'COP', 'REB', 'OPP', 'LEG', 'JUD', 'ELI', 'BUS', 'MED', 'CVL',
  'IGO', 'NGO', 'PTY', 'EDU', 'REL', 'HLH', 'LAB', 'SPY', 'CRM', 'REF', 'AGR', 'ENV', 'UAF', 'INS',
] as const satisfies readonly SectorCode[];

const Sector = z.enum(SECTOR_CODES, { error: () => `expected a sector code (${SECTOR_CODES.join(', ')})` });

/** `YYYY-MM-DD`, checked to be a real calendar day so a typo like 2021-02-30 is caught at load time. */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD').refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'not a calendar day');

/**
 * Country code as written in the data: ISO-3166 alpha-3 (upper case), or `IGO` / `NGO` for
 * organisations without one country, or `IMG` (PLOVER "transnational militarized group").
 * Whether an alpha-3 code is known is checked by the loader against the country table.
 */
const CountryCode = z.string().regex(/^[A-Z]{3}$/, 'expected ISO-3166 alpha-3 (e.g. RUS) or IGO/NGO/IMG');

const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lower-case slug like sergey-lavrov');
const NonEmpty = z.string().trim().min(1, 'must not be empty');

/** One period in office. `end: null` means still in office. */
export const RoleSchema = z.object({
  /** Canonical role key, one of the `role` values in `lexicons/actors/agents.tsv`. */
  role: NonEmpty,
  /** The display title when it says more than the key, e.g. `Kremlin spokesman`. */
  title: NonEmpty.optional(),
  country: CountryCode,
  /** Organisation id (`data/kb/orgs.jsonl`) for roles inside an IGO or NGO, e.g. `nato`. */
  org: Id.optional(),
  /** Office id for roles that belong to one office, e.g. `kremlin`, `foreign-ministry`, `state-department`. */
  office: Id.optional(),
  sector: Sector,
  start: Day,
  end: Day.nullable(),
  /** Marks the de facto national leader, so that "the Russian leader" finds this role. */
  leader: z.boolean().optional(),
  /** The start or end day is the best known date, not a checked one. */
  approx: z.boolean().optional(),
}).refine((r) => r.end === null || r.end >= r.start, { message: 'end is before start', path: ['end'] });

/** A person of the knowledge base (`data/kb/people.jsonl`). */
export const PersonSchema = z.object({
  id: Id,
  name: NonEmpty,
  /**
   * Other full names and spelling variants. A one-word alias (a bare surname such as `Lavrov`) is
   * matched on its own anywhere, so list one only when the surname is unambiguous in the news.
   */
  aliases: z.array(NonEmpty).default([]),
  gender: z.enum(['m', 'f']).optional(),
  roles: z.array(RoleSchema).min(1, 'a person needs at least one role'),
  note: z.string().optional(),
});

/** Membership of a country in an organisation, for "the Nato member" style references. */
export const MemberSchema = z.object({
  country: CountryCode,
  start: Day.optional(),
  end: Day.nullable().optional(),
});

/** An international organisation or NGO (`data/kb/orgs.jsonl`). */
export const OrgSchema = z.object({
  id: Id,
  /** Display name and the `org` field of the Actor, e.g. `NATO`, `OSCE`, `Red Cross`. */
  name: NonEmpty,
  /** The full name when `name` is an acronym. */
  fullName: NonEmpty.optional(),
  aliases: z.array(NonEmpty).default([]),
  country: z.enum(['IGO', 'NGO'], { error: () => 'expected IGO or NGO' }),
  sector: Sector,
  /** Generic nouns that refer back to this organisation ("the alliance", "the bloc", "the agency"). */
  refs: z.array(NonEmpty).default([]),
  members: z.array(MemberSchema).default([]),
  /** A parent organisation, e.g. the Security Council's is `un`. */
  parent: Id.optional(),
  note: z.string().optional(),
});

/** A change of a group's country or sector from a day on (e.g. the Taliban governing from 2021-08-15). */
export const PeriodSchema = z.object({
  start: Day,
  end: Day.nullable().default(null),
  country: CountryCode.optional(),
  sector: Sector.optional(),
  note: z.string().optional(),
});

/**
 * A named national body or group (`data/kb/groups.jsonl`): armed groups, parties, legislatures,
 * agencies, courts, media, companies.
 */
export const GroupSchema = z.object({
  id: Id,
  name: NonEmpty,
  aliases: z.array(NonEmpty).default([]),
  /** Alpha-3 code, or `IMG` for a transnational armed group with no home country. */
  country: CountryCode,
  sector: Sector,
  /** Takes the country of an "in <country>" phrase when the text gives one ("Islamic State in Libya"). */
  transnational: z.boolean().default(false),
  periods: z.array(PeriodSchema).default([]),
  note: z.string().optional(),
});

/**
 * One row of `lexicons/actors/agents.tsv`: a noun (or noun phrase) that names a kind of actor.
 * `flags` is a comma list:
 * - `person`: names one person, so a following capitalised name is an apposition
 *   ("defence minister Oleksii X");
 * - `generic`: has no sector of its own when a more specific word precedes it ("rebel leader",
 *   "police chief", "Nato official");
 * - `domestic`: a domestic actor whose country may come from the context ("separatists", "police");
 * - `title`: only a title before a capitalised name ("General Gerasimov"), never a noun on its own;
 * - `unique`: the role has one holder at a time in a country or organisation, so "the Russian
 *   foreign minister" can be looked up in the knowledge base (ambassadors and deputies cannot).
 */
export const AgentSchema = z.object({
  noun: NonEmpty,
  plural: NonEmpty.optional(),
  sector: Sector,
  /** Canonical role key for titles ("foreign secretary" -> `foreign minister`). */
  role: NonEmpty.optional(),
  /** Office id the noun denotes ("foreign ministry" -> `foreign-ministry`). */
  office: Id.optional(),
  flags: z.string().regex(/^(?:person|generic|domestic|title|unique)(?:,(?:person|generic|domestic|title|unique))*$/, 'expected a comma list of person, generic, domestic, title, unique').optional(),
  note: z.string().optional(),
});

/** Kinds of rows in `lexicons/actors/places.tsv`. */
export const PLACE_KINDS = ['name', 'demonym', 'people', 'capital', 'seat', 'region', 'block'] as const;

/**
 * One row of `lexicons/actors/places.tsv`: names for countries beyond world-countries, and names
 * to stop matching.
 * - `name`: another name of the country ("Britain", "the Soviet Union");
 * - `demonym`: adjective ("Saudi", "Azeri");
 * - `people`: plural noun for its people ("Britons", "Filipinos");
 * - `capital`: a city standing for the government;
 * - `seat`: a building or street standing for a branch of government (`sector`, `office`);
 * - `region`: a region or city that places an actor in a country ("Darfur rebels") but is not
 *   itself the government;
 * - `block`: a world-countries alias that is too ambiguous to match.
 */
export const PlaceSchema = z.object({
  alias: NonEmpty,
  country: CountryCode.optional(),
  kind: z.enum(PLACE_KINDS, { error: () => `expected one of ${PLACE_KINDS.join(', ')}` }),
  sector: Sector.optional(),
  office: Id.optional(),
  /** `org` id for a seat that stands for an organisation ("Brussels" for the EU). */
  org: Id.optional(),
  note: z.string().optional(),
}).refine((p) => p.kind === 'block' || p.country !== undefined || p.org !== undefined, { message: 'needs a country (or an org)', path: ['country'] })
  .refine((p) => p.kind !== 'seat' || p.sector !== undefined || p.org !== undefined, { message: 'a seat needs a sector', path: ['sector'] });

/** Effects of a modifier word. */
export const MODIFIER_EFFECTS = ['former', 'deputy', 'pro', 'anti', 'backed', 'ignore', 'armed', 'det'] as const;

/**
 * One row of `lexicons/actors/modifiers.tsv`: words inside an actor phrase that change it or are
 * skipped. `former` makes the actor ELI ("former", "ousted"); `deputy` keeps the sector but stops
 * the role from naming the office holder ("deputy foreign minister" is not the foreign minister);
 * `pro`/`anti` say the following country is not the actor's ("pro-Russian"), `backed` says the same
 * of the preceding one ("Russian-backed"); `ignore` is skipped inside a phrase ("senior", "top");
 * `armed` turns a civilian noun into unidentified armed men ("armed men"); `det` opens a phrase
 * ("the", "its") and is left out of the mention's span.
 */
export const ModifierSchema = z.object({
  word: NonEmpty,
  effect: z.enum(MODIFIER_EFFECTS, { error: () => `expected one of ${MODIFIER_EFFECTS.join(', ')}` }),
  note: z.string().optional(),
});

/**
 * One row of `lexicons/actors/ethnic.tsv`: ethnic or regional adjectives ("Kurdish", "Tamil") and
 * their plural nouns. `country` is filled only where one country is the clear default.
 */
export const EthnicSchema = z.object({
  adjective: NonEmpty,
  plural: NonEmpty.optional(),
  country: CountryCode.optional(),
  note: z.string().optional(),
});

/** Kinds of rows in `lexicons/actors/coref.tsv`. */
export const COREF_KINDS = ['pronoun', 'org', 'member', 'neighbour', 'country', 'speech', 'clause'] as const;

/**
 * One row of `lexicons/actors/coref.tsv`. `phrase` is matched lower-cased; kind:
 * - `pronoun`: he/she (with `gender`);
 * - `org`: a generic noun for an organisation (uses each org's `refs`);
 * - `member`: a noun that after "the" means a member country ("the Nato member", "the member state");
 * - `neighbour`: "its neighbour";
 * - `country`: "the country";
 * - `speech`: a speech verb: a person just before or after it is a subject ("Lavrov said");
 * - `clause`: a word that opens a clause, so that a following he/she is a subject.
 * "The minister", "the president" need no row: every agent noun with a `role` refers back.
 */
export const CorefSchema = z.object({
  phrase: NonEmpty,
  kind: z.enum(COREF_KINDS, { error: () => `expected one of ${COREF_KINDS.join(', ')}` }),
  gender: z.enum(['m', 'f']).optional(),
  note: z.string().optional(),
});

/** A period in office (`people.jsonl` `roles[]`). */
export type RoleEntry = z.infer<typeof RoleSchema>;
/** A person of `people.jsonl`. */
export type PersonEntry = z.infer<typeof PersonSchema>;
/** An organisation of `orgs.jsonl`. */
export type OrgEntry = z.infer<typeof OrgSchema>;
/** A named group or body of `groups.jsonl`. */
export type GroupEntry = z.infer<typeof GroupSchema>;
/** A row of `agents.tsv`. */
export type AgentEntry = z.infer<typeof AgentSchema>;
/** A row of `places.tsv`. */
export type PlaceEntry = z.infer<typeof PlaceSchema>;
/** A row of `modifiers.tsv`. */
export type ModifierEntry = z.infer<typeof ModifierSchema>;
/** A row of `ethnic.tsv`. */
export type EthnicEntry = z.infer<typeof EthnicSchema>;
/** A row of `coref.tsv`. */
export type CorefEntry = z.infer<typeof CorefSchema>;
/** What a modifier word does (see {@link ModifierSchema}). */
export type ModifierEffect = (typeof MODIFIER_EFFECTS)[number];
/** The kind of a `places.tsv` row (see {@link PlaceSchema}). */
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** One row of `lexicons/actors/sectors.tsv`: a sector code and the name used in display names. */
export const SectorSchema = z.object({
  code: Sector,
  name: NonEmpty,
  description: z.string().optional(),
});

/** A row of `sectors.tsv`. */
export type SectorEntry = z.infer<typeof SectorSchema>;
