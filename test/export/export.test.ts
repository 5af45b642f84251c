import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  EVENT_COLUMNS, eventsCsvLines, eventsJsonlLines, foldLine, icsText, iterateEvents, networkGraphml, openStore,
  upcomingEvents, upcomingIcs, type DirectedNetwork, type Store,
} from '../../src/index.ts';
import { tempDir } from '../store/fixtures.ts';
import { seedQueryFixture } from '../store/query-fixtures.ts';

const tmp = tempDir('dateline-export-');
let store: Store;
before(() => {
  store = openStore(tmp.file());
  seedQueryFixture(store);
});
after(() => {
  store.close();
  tmp.cleanup();
});

const NOW = new Date('2022-01-02T03:04:05Z');

test('csv: POLECAT headers first, one record per event, CRLF records', () => {
  const lines = [...eventsCsvLines(iterateEvents(store.db, {}))];
  assert.equal(lines.length, 1 + 9);
  assert.ok(lines.every((l) => l.endsWith('\r\n')));
  assert.ok(lines[0]!.startsWith('Event ID,Event Date,Event Type,Event Mode,Quad Code,Contexts,Actor Name,Actor Country,Primary Actor Sector,Actor Name Raw,Recipient Name,'));
});

test('csv: quotes, commas and line breaks round-trip; formula-like cells are defused', () => {
  const records = parse(lines(), { columns: true }) as Record<string, string>[];
  const a4 = records.find((r) => r['Event ID'] === 'a4:e0')!;
  assert.equal(a4['Sentence'], 'Russia sanctioned Ukraine, "again",\nin April; @once more.');
  assert.equal(a4['Article Title'], 'Sanctions, "again"');
  assert.equal(a4['Quad Code'], '4');
  assert.equal(a4['Actor Country'], 'RUS');
  assert.equal(a4['Recipient Name Raw'], 'Ukraine');
  const a3 = records.find((r) => r['Event ID'] === 'a3:e0')!;
  assert.equal(a3['Article Title'], `'=HYPERLINK("http://x.example/","click")`);
  assert.equal(a3['Event Date'], '2022-04-01');
  assert.equal(a3['Date Value'], '2022-04');
  assert.equal(Object.keys(a3).length, EVENT_COLUMNS.length);
  for (const r of records) for (const cell of Object.values(r)) assert.ok(!/^[=+\-@]/.test(cell), cell);
});

function lines(): string {
  return [...eventsCsvLines(iterateEvents(store.db, {}))].join('');
}

test('jsonl: one event per line, parsing back to the rows', () => {
  const rows = [...iterateEvents(store.db, {})];
  const out = [...eventsJsonlLines(rows)];
  assert.equal(out.length, rows.length);
  assert.ok(out.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n')));
  assert.deepEqual(out.map((l) => JSON.parse(l)), JSON.parse(JSON.stringify(rows)));
});

test('ics: escaping of TEXT and folding at 75 octets without splitting a character', () => {
  assert.equal(icsText('a;b,c\\d\ne\r\nf'), 'a\\;b\\,c\\\\d\\ne\\nf');
  const folded = foldLine(`DESCRIPTION:${'é'.repeat(60)}`);
  const parts = folded.split('\r\n').filter(Boolean);
  assert.ok(parts.every((p) => Buffer.byteLength(p) <= 75));
  assert.ok(parts.slice(1).every((p) => p.startsWith(' ')));
  assert.equal(parts.map((p, i) => (i ? p.slice(1) : p)).join(''), `DESCRIPTION:${'é'.repeat(60)}`);
});

/** Unfolds an iCalendar text into its content lines. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

test('ics: a calendar of all-day events, stable UIDs, CONFIRMED once held', () => {
  const ics = upcomingIcs(upcomingEvents(store.db, '2022-01-01', 10), { now: NOW, name: 'Dateline, upcoming' });
  assert.ok(!/[^\r]\n/.test(ics), 'CRLF only');
  assert.ok(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75));
  const content = unfold(ics);
  assert.equal(content[0], 'BEGIN:VCALENDAR');
  assert.equal(content.at(-1), 'END:VCALENDAR');
  assert.ok(content.includes('X-WR-CALNAME:Dateline\\, upcoming'));
  assert.equal(content.filter((l) => l === 'BEGIN:VEVENT').length, 3);
  const events = ics.split('BEGIN:VEVENT').slice(1).map(unfold);
  const [talks, meeting, sanctions] = events;
  assert.ok(talks!.includes('UID:a1:e0@dateline'));
  assert.ok(talks!.includes('DTSTAMP:20220102T030405Z'));
  assert.ok(talks!.includes('DTSTART;VALUE=DATE:20220110'));
  assert.ok(talks!.includes('DTEND;VALUE=DATE:20220111'));
  assert.ok(talks!.includes('SUMMARY:RUS CONSULT USA'));
  assert.ok(talks!.includes('STATUS:CONFIRMED'));
  assert.ok(talks!.some((l) => l.startsWith('DESCRIPTION:Russia and the US will hold talks in Geneva on January 10.\\nAnnounced in: Talks set for Geneva\\, 2022-01-05')));
  assert.ok(meeting!.includes('DTSTART;VALUE=DATE:20220110') && meeting!.includes('DTEND;VALUE=DATE:20220117'), 'a week ends the Monday after');
  assert.ok(sanctions!.includes('DTSTART;VALUE=DATE:20220401') && sanctions!.includes('DTEND;VALUE=DATE:20220501'));
  assert.ok(sanctions!.includes('STATUS:TENTATIVE'));
  assert.equal(upcomingIcs(upcomingEvents(store.db, '2022-01-01', 10), { now: NOW, name: 'Dateline, upcoming' }), ics, 'stable output');
});

test('ics: an untitled article is named by its opening words, marked as such', () => {
  const [row] = upcomingEvents(store.db, '2022-01-01', 1);
  const untitled = { ...row!, articleTitle: null, articleDisplayTitle: 'Envoys resume border talks in…', articleTitleFromLead: true };
  const content = unfold(upcomingIcs([untitled], { now: NOW })).join('');
  assert.ok(content.includes('"Envoys resume border talks in…" (opening words)'), content);
  assert.ok(!content.includes('untitled'));
});

test('graphml: untrusted labels and ids are escaped, characters XML cannot hold dropped', () => {
  const hostile: DirectedNetwork = {
    nodes: [{ id: 'person:~"x"&<y>', label: 'Mr <b>"X"</b> & \u0001co', country: null, events: 1 }, { id: 'RUS', label: 'Russia', country: 'RUS', events: 1 }],
    edges: [{ source: 'person:~"x"&<y>', target: 'RUS', events: 1, types: { ASSAULT: 1 }, quads: { material_conflict: 1 } }],
  };
  const escaped = networkGraphml(hostile);
  assert.equal(XMLValidator.validate(escaped), true);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(escaped) as { graphml: { graph: { node: { id: string; data: { '#text': string }[] }[] } } };
  assert.equal(parsed.graphml.graph.node[0]!.id, 'person:~"x"&<y>');
  assert.equal(parsed.graphml.graph.node[0]!.data[0]!['#text'], 'Mr <b>"X"</b> & co', 'markup stays text; a control character is dropped');
});
