import type { PloverType } from '../doc/index.ts';

/** The 16 PLOVER 2023 types with the modes the codebook gives each. */
export const PLOVER_MODES: Readonly<Record<PloverType, readonly string[]>> = {
  AGREE: [],
  CONSULT: ['multilateral', 'phone', 'third-party', 'visit'],
  SUPPORT: [],
  CONCEDE: [],
  COOPERATE: [],
  AID: [],
  RETREAT: ['access', 'ceasefire', 'disarm', 'release', 'resign', 'return', 'withdraw'],
  REQUEST: ['assist', 'change', 'meet', 'yield'],
  ACCUSE: ['allege', 'disapprove', 'investigate'],
  REJECT: ['assist', 'change', 'meet', 'yield'],
  THREATEN: ['arrest', 'ban', 'expel', 'relations', 'restrict', 'rights', 'territory', 'violence'],
  PROTEST: ['boycott', 'demo', 'hunger', 'obstruct', 'riot', 'strike'],
  SANCTION: ['convict', 'discontinue', 'expel', 'withdraw'],
  MOBILIZE: ['militia', 'police', 'troops', 'weapons'],
  COERCE: ['arrest', 'ban', 'censor', 'curfew', 'cyber', 'deport', 'misinformation', 'restrict', 'seize', 'withhold'],
  ASSAULT: ['abduct', 'aerial', 'assassinate', 'beat', 'cleansing', 'crowd-control', 'destroy', 'drone', 'execute', 'explosives', 'firearms', 'heavy-weapons', 'massacre', 'primitive', 'sexual', 'suicide-attack', 'torture', 'unconventional'],
};
