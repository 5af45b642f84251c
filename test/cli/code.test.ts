import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runWithStdin, tempDb } from './helpers.ts';
import { DEFAULT_MIN_CONFIDENCE } from '../../src/events/confidence.ts';

const STORY = [
  'date 2022-01-14',
  'Ministers trade warnings before new round',
  '',
  'Poland urged Belarus on Wednesday to release the detained activists.',
  '',
  'Officials in Warsaw said the two governments will hold talks in Vilnius on January 20.',
].join('\n');

test('cli code --jsonl: one coded line per input, in the evaluation contract', async () => {
  const input = [
    JSON.stringify({ id: 'a1', date: '2022-01-14', text: 'Poland urged Belarus on Wednesday to release the detained activists.' }),
    JSON.stringify({ id: 'a2', date: '2022-01-14' }),
  ].join('\n');
  const run = await runWithStdin(input, 'code', '--jsonl');
  const [first, second] = run.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(first.id, 'a1');
  const e = first.events[0];
  assert.equal(e.event, 'REQUEST');
  assert.equal(e.status, 'occurred');
  assert.equal(e.date, '2022-01-12');
  assert.equal(e.source[0].country, 'POL');
  assert.equal(e.target[0].country, 'BLR');
  assert.ok(Array.isArray(e.explain) && e.explain.length > 0, 'every event says why');
  for (const key of ['event', 'mode', 'context', 'status', 'source', 'target', 'trigger', 'date', 'sentence', 'start', 'end', 'explain']) assert.ok(key in e, key);
  assert.deepEqual(Object.keys(first).sort(), ['events', 'id', 'quotes', 'statements']);
  assert.equal(second.error, '<stdin>:2: missing field "text"');
  assert.equal(run.code, 1);
});

test('cli code FILE: readable events; ingest stores them; events and upcoming list them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-code-'));
  const file = join(dir, 'story.txt');
  writeFileSync(file, STORY);
  const coded = await runCli('code', file);
  assert.equal(coded.code, 0, coded.err);
  assert.match(coded.out, /POL REQUEST/);
  const db = tempDb();
  await runCli('ingest', file, '--db', db);
  const listed = (await runCli('events', '--db', db, '--json')).out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.ok(listed.some((e) => e.event === 'REQUEST' && e.source[0].country === 'POL'), JSON.stringify(listed));
  const dyad = (await runCli('events', '--db', db, '--dyad', 'BLR,POL', '--json')).out.trim().split('\n').filter(Boolean);
  assert.ok(dyad.length >= 1);
  const soon = (await runCli('upcoming', '--db', db, '--from', '2022-01-15', '--json')).out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.ok(soon.some((e) => e.event === 'CONSULT' && e.date === '2022-01-20' && e.status === 'scheduled'), JSON.stringify(soon));
  const bad = await runCli('events', '--db', db, '--status', 'rumoured');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /bad --status "rumoured": expected statuses: occurred, scheduled, denied, hypothetical/);
});

test('cli code --jsonl: quotes with their speakers and statements with their kind', async () => {
  const text = [
    '"We will not accept any partition of our country," Moldovan President Maia Sandu said on Tuesday.',
    'The situation on the eastern border is a concern, Sandu said.',
    'Romania has denied it has plans to close the crossing.',
  ].join(' ');
  const run = await runWithStdin(JSON.stringify({ id: 'q1', date: '2022-03-02', text }), 'code', '--jsonl');
  const coded = JSON.parse(run.out.trim());
  assert.equal(run.code, 0);
  const quote = coded.quotes[0];
  assert.equal(quote.quote, 'We will not accept any partition of our country,');
  assert.equal(quote.speaker.country, 'MDA');
  assert.equal(quote.date, '2022-03-01');
  assert.equal(text.slice(quote.start, quote.end).includes('partition'), true);
  const kinds = coded.statements.map((s: { kind: string; speaker: { country: string } | null }) => [s.kind, s.speaker?.country]);
  assert.deepEqual(kinds.sort(), [['concern', 'MDA'], ['denial', 'ROU']]);
});

test('cli code FILE --json (issue 15): the id ingest stores it under, its date and title, beside the coded fields', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-code-'));
  const file = join(dir, 'story.txt');
  writeFileSync(file, STORY);
  const coded = await runCli('code', file, '--json');
  assert.equal(coded.code, 0, coded.err);
  const json = JSON.parse(coded.out);
  assert.match(json.id, /^[0-9a-f]{16}$/);
  assert.equal(json.date, '2022-01-14');
  assert.equal(json.title, 'Ministers trade warnings before new round');
  assert.equal(json.externalId, null);
  for (const key of ['events', 'quotes', 'statements']) assert.ok(Array.isArray(json[key]), key);
  const db = tempDb();
  await runCli('ingest', file, '--db', db, '--workers', '0');
  const shown = await runCli('show', json.id, '--db', db, '--json');
  assert.equal(shown.code, 0, shown.err);
  assert.equal(JSON.parse(shown.out).title, json.title);
});

test('cli code (issue 15): a missing file is a usage error saying so', async () => {
  const run = await runCli('code', '/no/such/story.txt');
  assert.equal(run.code, 2);
  assert.equal(run.err, 'dateline: no such file: /no/such/story.txt\n');
});

test('cli code (issue 10): the default hides events below the confidence threshold; --all and --min-confidence set it', async () => {
  const text = 'Poland urged Belarus on Wednesday to release the detained activists. Some said there might be talks, or not.';
  const input = JSON.stringify({ id: 'c1', date: '2022-01-14', text });
  const all = JSON.parse((await runWithStdin(input, 'code', '--jsonl', '--all')).out.trim());
  const shown = JSON.parse((await runWithStdin(input, 'code', '--jsonl')).out.trim());
  const none = JSON.parse((await runWithStdin(input, 'code', '--jsonl', '--min-confidence', '1')).out.trim());
  assert.ok(all.events.length >= 1);
  for (const e of all.events) assert.ok(e.confidence >= 0 && e.confidence <= 1);
  assert.deepEqual(shown.events.map((e: { start: number }) => e.start), all.events.filter((e: { confidence: number }) => e.confidence >= DEFAULT_MIN_CONFIDENCE).map((e: { start: number }) => e.start));
  assert.equal(none.events.filter((e: { confidence: number }) => e.confidence < 1).length, 0);
  const bad = await runWithStdin(input, 'code', '--jsonl', '--min-confidence', 'high');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /bad --min-confidence "high": expected a number from 0 to 1/);
});

test('cli code --json and the stored events carry each event\'s location with the words and rule that placed it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-location-'));
  const file = join(dir, 'story.txt');
  writeFileSync(file, STORY);
  const coded = await runCli('code', file, '--json', '--all');
  assert.equal(coded.code, 0, coded.err);
  const talks = (JSON.parse(coded.out) as { events: { trigger: string; location: { name: string; country: string; precision: string; text: string; explain: { rule: string } } | null }[] }).events
    .find((e) => e.trigger === 'hold talks');
  assert.ok(talks, coded.out);
  assert.equal(talks.location?.name, 'Vilnius');
  assert.equal(talks.location?.country, 'LTU');
  assert.equal(talks.location?.precision, 'city');
  assert.equal(talks.location?.explain.rule, 'rule:location/cue');
  const db = tempDb();
  assert.equal((await runCli('ingest', file, '--db', db, '--workers', '0')).code, 0);
  const listed = await runCli('events', '--db', db, '--json');
  const stored = listed.out.trim().split('\n').map((l) => JSON.parse(l) as { event: string; location: { name: string } | null }).find((e) => e.event === 'CONSULT');
  assert.equal(stored?.location?.name, 'Vilnius', listed.out);
});
