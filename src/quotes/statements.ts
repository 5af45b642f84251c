import type { StatementSpan } from '../doc/index.ts';
import type { DocIndex } from './context.ts';
import type { StatementCue } from './lexicon.ts';

/** Words that open the complement of a cue: `warned that`, `concern over`, `worried about`. */
const COMPLEMENT_OPENERS = new Set(['that', 'of', 'about', 'over', 'against', 'at', 'by', 'on']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'remained', 'remain', 'be', 'been', "'s", 'becomes', 'became']);
const NEGATIONS = new Set(['not', "n't", 'never']);
/** Nouns a bare complement may be about without a verb: `denied the allegations`, `claimed responsibility`. */
const SPEECH_OBJECTS = new Set(['allegation', 'allegations', 'accusation', 'accusations', 'report', 'reports', 'claim', 'claims', 'charge', 'charges', 'rumour', 'rumours', 'rumor', 'rumors', 'involvement', 'responsibility', 'wrongdoing', 'victory', 'credit']);

/** A bare complement must be a clause (`denied it had plans`) or name something said (`denied the reports`). */
function clauseLike(ix: DocIndex, from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, from + 6); j++) {
    const tok = ix.tokens[j]!;
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || SPEECH_OBJECTS.has(tok.norm)) return true;
  }
  return false;
}

/** Does `cue` match the tokens at `t`? */
function matches(ix: DocIndex, t: number, cue: StatementCue): boolean {
  return cue.words.every((w, k) => ix.tokens[t + k]?.norm === w && ix.tokens[t + k]!.sentence === ix.tokens[t]!.sentence);
}

/**
 * The complement after token `k`: from after an opener word (`that`, `of`, `over`, ...) — or, for a
 * `bare` cue, from `k` itself — up to the end of the clause (`;`, `,`, `:`, a quote mark, `but`/`and`
 * before a verb, the sentence end). Skips an object mention first (`warned Russia against ...`).
 */
function complement(ix: DocIndex, k: number, bare: boolean): { start: number; end: number } | null {
  const { tokens } = ix;
  const end = ix.sentenceEnd(k - 1);
  if (k >= end) return null;
  let from = k;
  if (ix.mentionAt[from]! >= 0 && !bare) from = ix.mentionEnd(from);
  while (from < end && ix.timexAt[from]! >= 0) from++;
  if (from < end && COMPLEMENT_OPENERS.has(tokens[from]!.norm)) from++;
  else if (!bare || from !== k || tokens[k]!.pos === 'PUNCT') return null;
  let to = from;
  for (; to < end && to < from + 40; to++) {
    const tok = tokens[to]!;
    if (tok.norm === ';' || tok.norm === ',' || tok.norm === ':' || tok.norm === '"' || tok.norm === '.') break;
    if (tok.pos === 'CCONJ' && to + 1 < end && tokens[to + 1]!.pos === 'VERB') break;
  }
  if (to <= from) return null;
  return from === k && bare && !clauseLike(ix, from, to) ? null : { start: from, end: to };
}

/** `, Putin said` after a statement: the speaker and the reporting verb. */
function reportedAfter(ix: DocIndex, t: number): { mention: number; verb: number } | null {
  const end = Math.min(ix.sentenceEnd(t), t + 12);
  if (ix.tokens[t]?.norm !== ',') return null;
  for (let j = t + 1; j < end; j++) {
    if (ix.isSpeech(j)) {
      const m = ix.subjectBefore(j, t + 1) ?? ix.subjectAfter(j, end);
      return m === null ? null : { mention: m, verb: j };
    }
  }
  return null;
}

/**
 * Finds denials, concerns, warnings and claims: a cue word from `statement-cues.tsv` in one of
 * three frames — a verb with its subject and complement (`Russia has denied it has plans ...`,
 * `X warned that Y`), a noun after a light verb (`X expressed concern over Y`) or as a predicate
 * (`Y is a concern, X said`), an adjective after a copula (`X is worried about Y`). `about` is the
 * complement (or, for a predicate, the subject); start/end cover speaker, cue and `about` when they
 * are in the sentence. A negated cue (`did not deny`) is not a statement.
 */
export function findStatements(ix: DocIndex): StatementSpan[] {
  const out: StatementSpan[] = [];
  const { tokens, doc } = ix;
  for (let t = 0; t < tokens.length; t++) {
    const cues = ix.lexicon.cues.get(tokens[t]!.norm);
    if (!cues) continue;
    const floor = ix.sentenceStart(t);
    for (const cue of cues) {
      if (!matches(ix, t, cue)) continue;
      const k = t + cue.words.length;
      let speaker: number | null = null;
      let verb: number | null = null;
      let about: { start: number; end: number } | null;
      let last = t;
      if (cue.pos === 'verb') {
        if (!ix.isVerbish(t)) continue;
        let b = t - 1;
        while (b >= floor && (tokens[b]!.pos === 'AUX' || tokens[b]!.pos === 'ADV') && !NEGATIONS.has(tokens[b]!.norm)) b--;
        if (b >= floor && NEGATIONS.has(tokens[b]!.norm)) continue;
        about = complement(ix, k, cue.complement === 'bare');
        if (!about) continue;
        const clause = ix.subjectBefore(t, floor) !== null ? { mention: ix.subjectBefore(t, floor)!, verb: t } : ix.clauseSubject(t - 1, floor);
        if (clause) ({ mention: speaker, verb } = clause);
        if (speaker === null) {
          const rep = reportedAfter(ix, about.end);
          if (rep) ({ mention: speaker, verb } = rep);
        }
        if (verb === null) verb = t;
        if (speaker === null && cue.complement === 'bare') continue;
      } else if (cue.pos === 'noun') {
        if (ix.isVerbish(t) && tokens[t]!.pos !== 'NOUN') continue;
        let b = t - 1;
        while (b >= floor && (tokens[b]!.pos === 'ADJ' || tokens[b]!.pos === 'DET' || tokens[b]!.pos === 'ADV')) b--;
        if (b < floor) continue;
        const lead = tokens[b]!.norm;
        if (ix.lexicon.light.has(lead)) {
          about = complement(ix, k, false);
          if (!about) continue;
          const clause = ix.subjectBefore(b, floor) !== null ? { mention: ix.subjectBefore(b, floor)!, verb: b } : ix.clauseSubject(b - 1, floor);
          if (clause) ({ mention: speaker, verb } = clause);
          else verb = b;
        } else if (COPULAS.has(lead) && b > floor) {
          // `Y is a concern, X said` / `X said Y is a concern`: about is the copula's subject.
          let s = b - 1;
          while (s > floor && !ix.isSpeech(s) && tokens[s]!.norm !== ',' && tokens[s]!.norm !== ':' && tokens[s]!.norm !== 'that' && tokens[s]!.norm !== '"') s--;
          const from = s === floor && !ix.isSpeech(s) ? s : s + 1;
          if (from >= b) continue;
          about = { start: from, end: b };
          if (s > floor && ix.isSpeech(s)) {
            const m = ix.subjectBefore(s, floor);
            if (m !== null) { speaker = m; verb = s; }
          } else {
            const rep = reportedAfter(ix, k);
            if (rep) { ({ mention: speaker, verb } = rep); last = rep.verb; }
          }
          if (speaker === null) continue;
        } else continue;
      } else {
        let b = t - 1;
        while (b >= floor && tokens[b]!.pos === 'ADV') b--;
        if (b < floor || !COPULAS.has(tokens[b]!.norm)) continue;
        about = complement(ix, k, false);
        if (!about) continue;
        speaker = ix.subjectBefore(b, floor);
        if (speaker === null) continue;
        verb = b;
      }
      const aboutStart = tokens[about.start]!.start;
      const aboutEnd = tokens[about.end - 1]!.end;
      const sp = speaker !== null ? ix.participant(speaker) : null;
      const first = Math.min(tokens[t]!.start, aboutStart, sp && ix.tokenAt(sp.start) >= floor ? sp.start : Infinity);
      const end = Math.max(aboutEnd, tokens[last]!.end, sp && sp.end <= tokens[ix.sentenceEnd(t) - 1]!.end ? sp.end : 0);
      out.push({
        label: 'STATEMENT',
        kind: cue.kind,
        start: first,
        end,
        speaker: sp,
        about: doc.text.slice(aboutStart, aboutEnd),
        date: verb !== null ? ix.dateOf(verb, speaker) : null,
        rule: `${cue.id}/${cue.pos}`,
      });
      t = Math.max(t, k - 1);
      break;
    }
  }
  return out;
}
