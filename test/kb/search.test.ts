/**
 * Looking names up in the knowledge base (src/actors/search.ts) and the commands over it:
 * `dateline kb search|stats`, and `dateline actor --jsonl` reading a `context`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadActorKnowledge } from '../../src/actors/kb.ts';
import { resolveActorText } from '../../src/actors/resolve.ts';
import { knowledgeStats, searchKnowledge } from '../../src/actors/search.ts';
import { DEFAULT_DATA_DIR } from '../../src/lib/paths.ts';
import { runCli, runWithStdin } from '../cli/helpers.ts';

const { kb } = loadActorKnowledge(DEFAULT_DATA_DIR);

describe('searchKnowledge', () => {
  it('finds an imported person by one word of the name, with the role of the day', () => {
    const [hit] = searchKnowledge(kb, 'Khurelsukh', { date: '2019-06-01' });
    assert.equal(hit?.id, 'wd-q27058418');
    assert.equal(hit?.source, 'imported');
    assert.deepEqual([hit?.country, hit?.role?.role, hit?.role?.when], ['MNG', 'prime minister', 'during']);
  });
  it('gives the role of the date asked', () => {
    assert.equal(searchKnowledge(kb, 'Khurelsukh Ukhnaa', { date: '2022-06-01' })[0]?.role?.role, 'president');
  });
  it('ignores case and diacritics and maps spelling variants', () => {
    assert.equal(searchKnowledge(kb, 'KHÜRELSÜKH', { date: '2019-06-01' })[0]?.id, 'wd-q27058418');
    assert.equal(searchKnowledge(kb, 'serguei lavrov', { date: '2022-06-01' })[0]?.id, 'sergey-lavrov');
  });
  it('ranks an exact name first and hand-written before imported', () => {
    const hits = searchKnowledge(kb, 'Sergey Lavrov', { date: '2022-06-01' });
    assert.equal(hits[0]?.score, 2);
    assert.equal(hits[0]?.source, 'hand-written');
  });
  it('finds organisations and groups, and lists every party with a shared acronym', () => {
    const pan = searchKnowledge(kb, 'PAN', { date: '2018-06-01', limit: 50 }).filter((h) => h.score === 2);
    assert.deepEqual(new Set(pan.map((h) => h.country)), new Set(['GTM', 'IDN', 'MEX', 'PRT', 'SLV']));
    assert.ok(pan.every((h) => h.kind === 'group' && h.sector === 'PTY'));
    assert.equal(searchKnowledge(kb, 'NATO', { date: '2022-06-01' })[0]?.kind, 'org');
  });
  it('needs every word of the query', () => {
    assert.deepEqual(searchKnowledge(kb, 'Khurelsukh Lavrov', { date: '2022-06-01' }), []);
  });
  it('an empty query finds nothing; limit caps the hits', () => {
    assert.deepEqual(searchKnowledge(kb, '  ', { date: '2022-06-01' }), []);
    assert.equal(searchKnowledge(kb, 'party', { date: '2022-06-01', limit: 3 }).length, 3);
  });
});

describe('knowledgeStats', () => {
  const s = knowledgeStats(kb);
  it('counts hand-written and imported entries apart', () => {
    assert.ok(s.people.handWritten >= 300 && s.people.imported >= 20_000, JSON.stringify(s.people));
    assert.ok(s.roles.imported >= s.people.imported);
    assert.ok(s.orgs.imported > 0 && s.groups.imported > 0 && s.orgs.handWritten > 0 && s.groups.handWritten > 0);
  });
  it('the word gazetteer no longer holds the imported people', () => {
    assert.ok(s.aliases < 50_000, `${s.aliases} aliases`);
  });
  it('finds no bad row in the bundled data', () => assert.equal(s.problems, 0));
  it('without the imported data, nothing is counted as imported', () => {
    const plain = knowledgeStats(loadActorKnowledge(DEFAULT_DATA_DIR, { imported: false }).kb);
    assert.deepEqual([plain.people.imported, plain.orgs.imported, plain.groups.imported], [0, 0, 0]);
  });
});

describe('resolveActorText with a context', () => {
  it('a country the context names decides a shared acronym', () => {
    assert.equal(resolveActorText(kb, 'PAN', '2018-06-01', { context: 'Mexico votes on Sunday.' })?.country, 'MEX');
    assert.equal(resolveActorText(kb, 'PAN', '2018-06-01', { context: 'Indonesia votes on Sunday.' })?.country, 'IDN');
    assert.equal(resolveActorText(kb, 'PAN', '2018-06-01')?.country, null);
  });
  it('the phrase is read where the context has it, in any case', () => {
    assert.equal(resolveActorText(kb, 'the pan', '2018-06-01', { context: 'In Mexico, the PAN said it would win.' })?.country, 'MEX');
  });
  it('a mention of the context outside the phrase is not the answer', () => {
    assert.equal(resolveActorText(kb, 'the weather', '2018-06-01', { context: 'Mexico votes on Sunday.' }), null);
  });
});

describe('dateline kb and actor --jsonl context', () => {
  it('kb search --json', async () => {
    const run = await runCli('kb', 'search', 'Khurelsukh', '--date', '2019-06-01', '--json');
    assert.equal(run.code, 0, run.err);
    assert.equal(JSON.parse(run.out)[0].name, 'Khurelsukh Ukhnaa');
  });
  it('kb search: a table, or exit 1 when nothing is called that', async () => {
    const run = await runCli('kb', 'search', 'Khurelsukh', '--date', '2019-06-01');
    assert.match(run.out, /Khurelsukh Ukhnaa +MNG +GOV +prime minister/);
    const none = await runCli('kb', 'search', 'Zzyzxq');
    assert.equal(none.code, 1);
    assert.match(none.out, /nothing in the knowledge base is called "Zzyzxq"/);
  });
  it('kb search: a bad --date is a usage error', async () => {
    const run = await runCli('kb', 'search', 'Lavrov', '--date', '2019-13-01');
    assert.notEqual(run.code, 0);
  });
  it('kb stats --json', async () => {
    const run = await runCli('kb', 'stats', '--json');
    assert.equal(run.code, 0, run.err);
    const s = JSON.parse(run.out);
    assert.ok(s.people.imported > 0 && typeof s.loadMs === 'number');
  });
  it('actor --jsonl reads context', async () => {
    const input = [
      JSON.stringify({ text: 'PAN', date: '2018-06-01', context: 'Mexico votes on Sunday.' }),
      JSON.stringify({ text: 'PAN', date: '2018-06-01' }),
      JSON.stringify({ text: 'PAN', date: '2018-06-01', context: 5 }),
    ].join('\n');
    const run = await runWithStdin(input, 'actor', '--jsonl');
    const lines = run.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines[0].country, 'MEX');
    assert.equal(lines[1].country, null);
    assert.equal(lines[2].error, '<stdin>:3: field "context" must be a string');
  });
});
