import type { Command } from 'commander';
import { DEFAULT_DATA_DIR, loadActorKnowledge } from '../../index.ts';
import { knowledgeStats, searchKnowledge } from '../../actors/search.ts';
import { checkDate, today, type Io } from '../context.ts';
import { formatTable } from '../output.ts';

/** `dateline kb search NAME` and `dateline kb stats`: a thin layer over src/actors/search.ts. */
export function registerKb(program: Command, io: Io, setExit: (code: number) => void): void {
  const kb = program
    .command('kb')
    .description('look up people, organisations and groups in the actor knowledge base, or count what it holds');
  kb.command('search')
    .description('people, organisations and groups whose name or an alias has every word of NAME (case and diacritics ignored)')
    .argument('<name...>', 'words of the name, e.g. Khurelsukh')
    .option('--date <YYYY-MM-DD>', 'show the role held that day, or the nearest (default: today)')
    .option('--limit <n>', 'at most n hits (default 20)', (v) => Number(v))
    .option('--json', 'one JSON array')
    .addHelpText('after', `
Examples:
  $ dateline kb search Khurelsukh --date 2019-06-01
  $ dateline kb search "Sergei Lavrov" --json`)
    .action((name: string[], flags: { date?: string; limit?: number; json?: boolean }) => {
      const { kb: knowledge } = loadActorKnowledge(DEFAULT_DATA_DIR);
      const hits = searchKnowledge(knowledge, name.join(' '), { date: checkDate(flags.date, '--date') ?? today(), limit: flags.limit });
      if (flags.json) {
        io.out.write(`${JSON.stringify(hits)}\n`);
        return;
      }
      if (!hits.length) {
        io.out.write(`nothing in the knowledge base is called ${JSON.stringify(name.join(' '))}\n`);
        setExit(1);
        return;
      }
      const rows = hits.map((h) => ({
        kind: h.kind, name: h.name, country: h.country, sector: h.sector,
        role: h.role ? `${h.role.role} ${h.role.start}..${h.role.end ?? ''}${h.role.when === 'during' ? '' : ` (${h.role.when})`}` : '',
        source: h.source, id: h.id,
      }));
      io.out.write(`${formatTable(rows, ['kind', 'name', 'country', 'sector', 'role', 'source', 'id'])}\n`);
    });
  kb.command('stats')
    .description('counts of people, roles, organisations and groups, hand-written and imported, and the load time')
    .option('--json', 'one JSON object')
    .action((flags: { json?: boolean }) => {
      const t0 = performance.now();
      const { kb: knowledge, problems } = loadActorKnowledge(DEFAULT_DATA_DIR);
      const loadMs = Math.round(performance.now() - t0);
      const s = knowledgeStats(knowledge);
      const allMs = Math.round(performance.now() - t0);
      if (flags.json) {
        io.out.write(`${JSON.stringify({ ...s, problems: s.problems + problems.length, loadMs, allMs })}\n`);
        return;
      }
      const pair = (x: { handWritten: number; imported: number }): string => `${x.handWritten + x.imported} (${x.handWritten} hand-written, ${x.imported} imported)`;
      io.out.write([
        `people     ${pair(s.people)}`,
        `roles      ${pair(s.roles)}`,
        `orgs       ${pair(s.orgs)}`,
        `groups     ${pair(s.groups)}`,
        `countries  ${s.countries}`,
        `aliases    ${s.aliases} in the word gazetteer (imported people are looked up by full name)`,
        `problems   ${s.problems + problems.length}`,
        `loaded in  ${loadMs} ms (imported people indexed and read: ${allMs} ms in all)`,
      ].join('\n') + '\n');
    });
}
