import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, runWithStdin } from './helpers.ts';

test('cli actor --json: the evaluation contract fields, plus the dated role', async () => {
  const run = await runCli('actor', 'Russian foreign minister', '--date', '2021-12-28', '--json');
  assert.equal(run.code, 0, run.err);
  assert.deepEqual(JSON.parse(run.out), { country: 'RUS', sector: 'GOV', org: null, name: 'Sergey Lavrov', id: 'person:sergey-lavrov', role: 'foreign minister' });
});

test('cli actor: who holds an office depends on --date', async () => {
  const early = JSON.parse((await runCli('actor', 'the US president', '--date', '2019-06-01', '--json')).out);
  const late = JSON.parse((await runCli('actor', 'the US president', '--date', '2022-06-01', '--json')).out);
  assert.notEqual(early.id, late.id);
  assert.equal(early.country, 'USA');
  assert.equal(late.country, 'USA');
});

test('cli actor --jsonl: one line per input with nulls where unknown, bad lines named', async () => {
  const input = [
    JSON.stringify({ text: 'an American destroyer' }),
    JSON.stringify({ text: 'Afghan police', date: '2020-05-01' }),
    JSON.stringify({ text: 'the weather' }),
    '{"date": "2021-12-28"}',
    JSON.stringify({ text: 'Nato', date: '28/12/2021' }),
  ].join('\n');
  const run = await runWithStdin(input, 'actor', '--jsonl');
  const lines = run.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 5);
  assert.deepEqual([lines[0].country, lines[0].sector], ['USA', 'MIL']);
  assert.deepEqual([lines[1].country, lines[1].sector], ['AFG', 'COP']);
  assert.deepEqual(lines[2], { country: null, sector: null, org: null, name: null, id: null });
  assert.equal(lines[3].error, '<stdin>:4: missing field "text"');
  assert.equal(lines[4].error, '<stdin>:5: field "date" must be YYYY-MM-DD, got "28/12/2021"');
  assert.equal(run.code, 1);
});

test('cli actor: an unrecognised phrase says so and exits 1', async () => {
  const run = await runCli('actor', 'the weather', '--date', '2021-12-28');
  assert.equal(run.code, 1);
  assert.equal(run.out, 'no actor recognised in "the weather"\n');
});
