/**
 * Phrases with no head noun: each country, organisation, group or people they name is a mention
 * ("Russia and Ukraine", "Nato-Russia Council", "Moscow" for the Russian government, "in Moscow"
 * for the place, "Kurds" in Syria).
 */
import { ambiguousGroupActor, ambiguousReason, countryActor, groupActor, orgActor } from './actor.ts';
import type { GroupEntry } from './schema.ts';
import type { Parts } from './interpret-parts.ts';
import { NO_META, text, type InterpretContext, type Resolution } from './interpret-resolution.ts';
import type { Phrase } from './phrase.ts';

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across']);

/** A noun after the phrase: the nationality or capital before it is an adjective ("Russian gas"). */
function attributive(ctx: InterpretContext, p: Phrase): boolean {
  const it = p.after;
  if (!it || it.t !== 'word') return false;
  const w = ctx.words[it.from]!;
  if (w.cap) return false;
  return w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'NUM';
}

/**
 * The one candidate of the first country the phrase or the article so far names (the phrase's
 * places, its location, then earlier mentions, latest first), or null.
 */
export function pickRival(ctx: InterpretContext, p: Phrase, pt: Parts, rivals: readonly GroupEntry[]): { group: GroupEntry; country: string } | null {
  const seen: string[] = [];
  for (const x of pt.places) if (!x.excluded) seen.push(x.item.atom.country);
  if (p.location?.country) seen.push(p.location.country);
  for (let i = ctx.state.mentions.length - 1; i >= 0; i--) {
    const c = ctx.state.mentions[i]!.actor.country;
    if (c) seen.push(c);
  }
  for (const c of seen) {
    const fits = rivals.filter((g) => g.country === c);
    if (fits.length === 1) return { group: fits[0]!, country: c };
  }
  return null;
}

/**
 * An alias several countries' groups share ("PAN"): the group of the first country the phrase or
 * the article so far names (the phrase's places, its location, then earlier mentions, latest
 * first); with no such country, an actor with no country, and the reason lists the candidates.
 */
export function readInContext(ctx: InterpretContext, p: Phrase, pt: Parts, rivals: readonly GroupEntry[], span: { from: number; to: number }, alias: string): Resolution {
  const { kb, date } = ctx;
  const picked = pickRival(ctx, p, pt, rivals);
  if (picked) return { from: span.from, to: span.to, actor: groupActor(kb, picked.group, date), rule: `kb:group/${picked.group.id}`, reason: `${alias} is ${picked.group.name}: the context names ${picked.country}`, meta: NO_META };
  return { from: span.from, to: span.to, actor: ambiguousGroupActor(alias, rivals), rule: 'rule:ambiguous-alias', reason: ambiguousReason(alias, rivals), meta: NO_META };
}

/** A phrase with no head noun: each country, organisation or group it names is a mention. */
export function resolveNames(ctx: InterpretContext, p: Phrase, pt: Parts): Resolution[] {
  const out: Resolution[] = [];
  const { kb, words, date } = ctx;
  const items = p.items.filter((it) => it.t === 'atom');
  for (const it of items) {
    const a = it.atom;
    const span = { from: it.from, to: it.to };
    const alias = text(words, it.from, it.to);
    if (a.kind === 'org') out.push({ from: span.from, to: span.to, actor: orgActor(kb, a.org), rule: `kb:org/${a.org.id}`, reason: `${alias} is ${a.org.fullName ?? a.org.name}`, meta: NO_META });
    else if (a.kind === 'group' && a.rivals) out.push(readInContext(ctx, p, pt, a.rivals, span, alias));
    else if (a.kind === 'group') {
      const c = a.group.transnational && p.location?.country ? p.location.country : pt.places.find((x) => !x.excluded)?.item.atom.country ?? null;
      out.push({ from: span.from, to: span.to, actor: groupActor(kb, a.group, date, c), rule: `kb:group/${a.group.id}`, reason: `${alias} is ${a.group.name}${a.group.periods.length ? ` as of ${date}` : ''}`, meta: NO_META });
    } else if (a.kind === 'ethnic' && a.plural) {
      const country = pt.places.find((x) => !x.excluded)?.item.atom.country ?? p.location?.country ?? a.country;
      out.push({ from: span.from, to: p.location?.country ? Math.max(span.to, p.location.to) : span.to, actor: countryActor(kb, country, 'CVL'), rule: 'rule:ethnic-people', reason: `${alias}: people${country ? ` of ${country}` : ''}`, meta: { ...NO_META, pendingContext: !country } });
    } else if (a.kind === 'place') {
      const placeItem = pt.places.find((x) => x.item === it);
      if (placeItem?.excluded) continue;
      if (a.org) {
        out.push({ from: span.from, to: span.to, actor: orgActor(kb, a.org), rule: 'rule:seat-of-power', reason: `${alias} stands for ${a.org.name}`, meta: NO_META });
        continue;
      }
      const placeLike = a.via === 'name' || a.via === 'capital' || a.via === 'seat' || a.via === 'region';
      const meta = { ...NO_META, placeLike };
      switch (a.via) {
        case 'name':
          out.push({ from: span.from, to: span.to, actor: countryActor(kb, a.country, null), rule: 'rule:country-name', reason: `${alias} names the country`, meta });
          break;
        case 'region':
          out.push({ from: span.from, to: span.to, actor: countryActor(kb, a.country, null), rule: 'rule:region', reason: `${alias} is in ${a.country}`, meta });
          break;
        case 'capital': {
          const before = p.before && p.before.t === 'prep' ? words[p.before.from]!.key : null;
          if ((before && LOCATIVE.has(before)) || attributive(ctx, p)) out.push({ from: span.from, to: span.to, actor: countryActor(kb, a.country, null), rule: 'rule:capital-as-place', reason: `${alias} is a place here, not the government`, meta });
          else out.push({ from: span.from, to: span.to, actor: countryActor(kb, a.country, 'GOV'), rule: 'rule:capital-for-government', reason: `${alias}: capital standing for the government`, meta });
          break;
        }
        case 'seat':
          out.push({ from: span.from, to: span.to, actor: countryActor(kb, a.country, a.sector), rule: 'rule:seat-of-power', reason: `${alias}: seat of power standing for ${a.sector === 'GOV' ? 'the government' : a.sector}`, meta });
          break;
        case 'demonym': {
          if (items.length !== 1 || attributive(ctx, p)) break;
          const det = p.det ? words[p.det.from]!.key : null;
          // As a whole actor string, a nationality adjective stands for the country's officials, as
          // analysts code it ("Hungarian"). In running text it is mostly predicative ("I am British")
          // or part of a list of adjectives; only "a Russian" names someone: a national (CVL).
          if (!p.before && !p.after && !p.det) out.push({ from: span.from, to: span.to, actor: countryActor(kb, a.country, 'GOV'), rule: 'rule:demonym', reason: `${alias} alone stands for officials of ${a.country}`, meta: NO_META });
          else if (det === 'a' || det === 'an') out.push({ from: span.from, to: span.to, actor: countryActor(kb, a.country, 'CVL'), rule: 'rule:demonym-person', reason: `"${words[p.det!.from]!.text} ${alias}": a national of ${a.country}`, meta: NO_META });
          break;
        }
        case 'people': {
          const country = p.location?.country ?? a.country;
          out.push({ from: span.from, to: span.to, actor: countryActor(kb, country, 'CVL'), rule: 'rule:people-of-country', reason: `${alias}: the people of ${country}`, meta: NO_META });
          break;
        }
      }
    }
  }
  return out;
}
