/**
 * The actors stage: knowledge base, tagger component and phrase resolver.
 *
 * @example
 * const { kb, problems } = loadActorKnowledge();
 * const pipeline = createPipeline([segmenter, createActorTagger(kb)]);
 * resolveActorText(kb, 'Russian foreign minister', '2021-12-28'); // Sergey Lavrov
 */
export { loadActorKnowledge, ACTOR_DATA_FILES, type ActorKnowledge, type LoadedActorKnowledge, type LoadActorKnowledgeOptions, type CountryInfo, type AgentInfo, type Atom, type RoleHolder } from './kb.ts';
export { createActorTagger, tagActors } from './tagger.ts';
export { resolveActorText } from './resolve.ts';
export { holderOf, roleOn, pickPerson, holds, type OfficeQuery, type RoleOnDate, type RoleHints } from './roles.ts';
export { tokenizeSimple, wordsOf, type Word } from './words.ts';
export type { PersonEntry, RoleEntry, OrgEntry, GroupEntry, AgentEntry, PlaceEntry, ModifierEntry, EthnicEntry, CorefEntry, SectorEntry } from './schema.ts';
