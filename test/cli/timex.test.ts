import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli, runWithStdin } from './helpers.ts';

test('cli timex: lists expressions with offsets and values', async () => {
  const run = await runCli('timex', 'Lavrov said on Monday that talks will start on January 12.', '--ref', '2021-12-28', '--json');
  assert.equal(run.code, 0, run.err);
  const found = JSON.parse(run.out) as Array<{ text: string; start: number; end: number; value: string }>;
  assert.deepEqual(found.map((f) => [f.text, f.value]), [['on Monday', '2021-12-27'], ['on January 12', '2022-01-12']]);
  assert.equal('Lavrov said on Monday that talks will start on January 12.'.slice(found[0]!.start, found[0]!.end), 'on Monday');
});

test('cli timex: the tense hint decides a bare weekday, a verb overrides it', async () => {
  const future = JSON.parse((await runCli('timex', 'Monday', '--ref', '2021-12-28', '--tense', 'future', '--json')).out);
  assert.equal(future[0].value, '2022-01-03');
  const past = JSON.parse((await runCli('timex', 'Monday', '--ref', '2021-12-28', '--tense', 'past', '--json')).out);
  assert.equal(past[0].value, '2021-12-27');
  const verb = JSON.parse((await runCli('timex', 'They met on Monday', '--ref', '2021-12-28', '--tense', 'future', '--json')).out);
  assert.equal(verb[0].value, '2021-12-27');
});

test('cli timex --jsonl: one output line per input line, bad lines named', async () => {
  const input = [
    JSON.stringify({ text: 'earlier this month', ref: '2021-12-28' }),
    'not json',
    JSON.stringify({ text: 'last week', ref: '2021-01-04' }),
    JSON.stringify({ text: 'in two weeks' }),
    '',
  ].join('\n');
  const run = await runWithStdin(input, 'timex', '--jsonl');
  const lines = run.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 4);
  assert.equal(lines[0].timex[0].value, '2021-12-01/2021-12-27');
  assert.match(lines[1].error, /^<stdin>:2: /);
  assert.equal(lines[2].timex[0].value, '2020-W53');
  assert.equal(lines[3].error, '<stdin>:4: missing field "ref"');
  assert.equal(run.code, 1);
});

test('cli timex: usage errors', async () => {
  assert.match((await runCli('timex', 'on Monday')).err, /--ref YYYY-MM-DD is required/);
  assert.match((await runCli('timex', 'on Monday', '--ref', '2021-12-28', '--tense', 'soon')).err, /bad tense "soon" for --tense: expected one of past, future/);
});
