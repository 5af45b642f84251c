/**
 * The knowledge-base loader: the bundled data loads clean; a bad entry in a data file gives a
 * problem naming file, line and field path and is skipped while the good entries load; strict
 * mode throws on the first one.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatelineError } from '../errors.ts';
import { DEFAULT_DATA_DIR } from '../lib/paths.ts';
import { ACTOR_DATA_FILES, loadActorKnowledge } from './kb.ts';
import { holderOf } from './roles.ts';

describe('loadActorKnowledge: bundled data', () => {
  const { kb, problems } = loadActorKnowledge(DEFAULT_DATA_DIR);

  it('loads without problems, even in strict mode', () => {
    assert.deepEqual(problems.map((p) => p.message), []);
    assert.doesNotThrow(() => loadActorKnowledge(DEFAULT_DATA_DIR, { strict: true }));
  });

  it('has several hundred people and role records, and the heads of the main organisations', () => {
    const roles = [...kb.people.values()].reduce((n, p) => n + p.roles.length, 0);
    assert.ok(kb.people.size >= 300, `${kb.people.size} people`);
    assert.ok(roles >= 500, `${roles} roles`);
    const day = '2022-06-01';
    for (const org of ['un', 'nato', 'iaea', 'who', 'imf', 'world-bank', 'osce']) {
      const role = org === 'un' || org === 'nato' || org === 'osce' ? 'secretary-general' : org === 'imf' ? 'managing director' : org === 'world-bank' ? 'president' : 'director-general';
      assert.ok(holderOf(kb, { role, country: null, org, office: null }, day), `head of ${org} on ${day}`);
    }
  });

  it('has the leaders of the G20 on a recent date', () => {
    const g20 = ['ARG', 'AUS', 'BRA', 'CAN', 'CHN', 'FRA', 'DEU', 'IND', 'IDN', 'ITA', 'JPN', 'KOR', 'MEX', 'RUS', 'SAU', 'ZAF', 'TUR', 'GBR', 'USA'];
    for (const c of g20) assert.ok(holderOf(kb, { role: 'leader', country: c, org: null, office: null }, '2023-06-01'), `leader of ${c}`);
  });

  it('lists every data file it reads', () => {
    for (const f of ACTOR_DATA_FILES) assert.ok(readFileSync(join(DEFAULT_DATA_DIR, f), 'utf8').length > 0, f);
  });
});

describe('loadActorKnowledge: bad entries', () => {
  let dir = '';
  const people = (): string => join(dir, 'kb', 'people.jsonl');
  const agents = (): string => join(dir, 'lexicons', 'actors', 'agents.tsv');
  let lines = { badCountry: 0, badSector: 0, badDay: 0, good: 0, badTsv: 0 };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dateline-actors-'));
    cpSync(DEFAULT_DATA_DIR, dir, { recursive: true });
    const base = readFileSync(people(), 'utf8').split('\n').length - (readFileSync(people(), 'utf8').endsWith('\n') ? 1 : 0);
    const role = (over: Record<string, unknown>): string => JSON.stringify({ role: 'president', country: 'RUS', sector: 'GOV', start: '2020-01-01', end: null, ...over });
    appendFileSync(people(), [
      `{"id":"bad-country","name":"Bad Country","roles":[${role({ country: 'XXX' })}]}`,
      `{"id":"bad-sector","name":"Bad Sector","roles":[${role({ sector: 'FOO' })}]}`,
      `{"id":"bad-day","name":"Bad Day","roles":[${role({ start: '2021-02-30' })}]}`,
      `{"id":"good-one","name":"Gerta Goodperson","aliases":["Goodperson"],"roles":[${role({ country: 'EST', role: 'foreign minister' })}]}`,
      '',
    ].join('\n'));
    lines = { badCountry: base + 1, badSector: base + 2, badDay: base + 3, good: base + 4, badTsv: 0 };
    const tsv = readFileSync(agents(), 'utf8');
    lines.badTsv = tsv.split('\n').length - (tsv.endsWith('\n') ? 1 : 0) + 1;
    appendFileSync(agents(), 'gunslinger\tgunslingers\tCOWBOY\t\t\t\t\n');
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('names file, line and field path, and skips only the bad entries', () => {
    const { kb, problems } = loadActorKnowledge(dir);
    const messages = problems.map((p) => p.message);
    assert.ok(messages.includes(`${people()}:${lines.badCountry} roles[0].country: unknown country code XXX`), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith(`${people()}:${lines.badSector} roles[0].sector: expected a sector code`)), messages.join('\n'));
    assert.ok(messages.includes(`${people()}:${lines.badDay} roles[0].start: not a calendar day`), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith(`${agents()}:${lines.badTsv} sector: expected a sector code`)), messages.join('\n'));
    assert.equal(problems.length, 4);
    assert.ok(!kb.people.has('bad-country') && !kb.people.has('bad-sector') && !kb.people.has('bad-day'));
    assert.ok(kb.people.has('good-one'), 'the good entry after the bad ones still loads');
    assert.ok(kb.people.has('sergey-lavrov'));
    assert.equal(holderOf(kb, { role: 'foreign minister', country: 'EST', org: null, office: null }, '2021-01-01')?.person.id, 'good-one');
  });

  it('throws on the first bad entry in strict mode', () => {
    assert.throws(() => loadActorKnowledge(dir, { strict: true }), (e: unknown) => e instanceof DatelineError && e.code === 'E_DATA_ENTRY'
      && e.message.startsWith(`${agents()}:${lines.badTsv} sector: expected a sector code`));
  });
});
