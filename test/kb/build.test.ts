/**
 * The knowledge-base build (scripts/kb/): partial dates, the PETRARCH dictionary syntax, the
 * position conventions, and a whole build from small fixtures written here (no ../shared needed):
 * rows kept and dropped by reason, successor closing, hand-written entries winning, same bytes twice.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_DATA_DIR } from '../../src/lib/paths.ts';
import { buildKb } from '../../scripts/kb/build.ts';
import { countryOf, loadConventions, positionRule } from '../../scripts/kb/conventions.ts';
import { cameoDay, endDay, startDay } from '../../scripts/kb/dates.ts';
import { parseDictionary, phraseName } from '../../scripts/kb/phoenix.ts';
import { sourcesMarkdown } from '../../scripts/kb/sources.ts';

describe('partial dates', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['2019-03-05', '2019-03-05', '2019-03-05'],
    ['2019-03', '2019-03-01', '2019-04-01'],
    ['2019-12', '2019-12-01', '2020-01-01'],
    ['2019', '2019-01-01', '2020-01-01'],
    ['2021-02-30', null, null],
    ['2019-13', null, null],
    ['', null, null],
    ['March 2019', null, null],
  ];
  for (const [raw, start, end] of cases) {
    it(`${JSON.stringify(raw)}: start ${start}, exclusive end ${end}`, () => {
      assert.equal(startDay(raw)?.day ?? null, start);
      assert.equal(endDay(raw)?.day ?? null, end);
    });
  }
  it('only a full day is exact', () => {
    assert.equal(startDay('2019-03-05')!.approx, false);
    assert.equal(startDay('2019')!.approx, true);
    assert.equal(endDay('2019-03')!.approx, true);
  });
  it('reads PETRARCH two-digit years around 1950 and four-digit years as they are', () => {
    assert.equal(cameoDay('080507'), '2008-05-07');
    assert.equal(cameoDay('700101'), '1970-01-01');
    assert.equal(cameoDay('20020602'), '2002-06-02');
    assert.equal(cameoDay('081340'), null);
  });
});

describe('PETRARCH dictionary syntax', () => {
  const text = [
    '# a comment',
    'ASHRAF_GHANI_  # CountryInfo.txt',
    '+FOREIGN_MINISTER_ASHRAF_GHANI_',
    '\t[AFGGOVBUS 20020602-20041214]',
    '\t[AFGELI]',
    'UNITED_NATIONS_CHILDREN\'S_FUND_\t[IGOUNOKID]# NGO_Actors',
    'CONTINUITY_IRISH_REPUBLICAN_ARMY_(CIRA)_ [GBRREB] #  kkl 21 Mar 13',
    '+CONTINUITY_IRA_',
  ].join('\n');
  const entries = parseDictionary(text);
  it('groups synonyms and indented codes under their entry', () => {
    assert.equal(entries.length, 3);
    assert.deepEqual(entries[0]!.synonyms, ['FOREIGN_MINISTER_ASHRAF_GHANI_']);
    assert.deepEqual(entries[0]!.codes, [{ code: 'AFGGOVBUS', dates: '20020602-20041214' }, { code: 'AFGELI', dates: '' }]);
    assert.deepEqual(entries[1]!.codes, [{ code: 'IGOUNOKID', dates: '' }]);
    assert.equal(entries[2]!.line, 7);
  });
  it('writes names in title case with small words lower and splits a bracketed acronym', () => {
    assert.deepEqual(phraseName("UNITED_NATIONS_CHILDREN'S_FUND_"), { name: "United Nations Children's Fund", acronym: null });
    assert.deepEqual(phraseName('CONTINUITY_IRISH_REPUBLICAN_ARMY_(CIRA)_'), { name: 'Continuity Irish Republican Army', acronym: 'CIRA' });
    assert.equal(phraseName('AL-QAEDA_IN_THE_ARABIAN_PENINSULA_').name, 'Al-Qaeda in the Arabian Peninsula');
  });
});

describe('position conventions (data/kb/conventions/positions.tsv)', () => {
  const conv = loadConventions(DEFAULT_DATA_DIR);
  const cases: Array<[string, string | null, string | null]> = [
    ['President', 'GOV', 'president'],
    ['Prime Minister', 'GOV', 'prime minister'],
    ['Deputy Prime Minister', 'GOV', 'deputy prime minister'],
    ['Minister of Foreign Affairs', 'GOV', 'foreign minister'],
    ['Secretary of State', 'GOV', 'foreign minister'],
    ['Minister of National Defence', 'GOV', 'defence minister'],
    ['Deputy Minister of Defence', 'GOV', 'deputy defence minister'],
    ['Deputy Secretary of State', 'GOV', 'deputy foreign minister'],
    ['Deputy Minister of Health', 'GOV', null],
    ['Minister of the Interior', 'GOV', 'interior minister'],
    ['Minister of Economy and Finance', 'GOV', 'finance minister'],
    ['Minister of Justice', 'GOV', 'justice minister'],
    ['Justice of the Supreme Court', 'JUD', null],
    ['President of the Constitutional Court', 'JUD', null],
    ['Chief Justice', 'JUD', null],
    ['Speaker of the National Assembly', 'LEG', 'speaker'],
    ['President of the Senate', 'LEG', 'speaker'],
    ['Chief of the General Staff', 'MIL', 'army chief'],
    ['Governor of the Central Bank', 'GOV', null],
    ['ambassador to France', 'GOV', 'ambassador'],
    ['Attorney General', 'GOV', 'attorney general'],
    ['Prosecutor General', 'JUD', 'prosecutor'],
    ['Minister of Tourism', 'GOV', 'minister'],
    ['First Lady', null, null],
  ];
  for (const [label, sector, role] of cases) {
    it(`${label} -> ${sector ?? 'left out'}${role ? ` (${role})` : ''}`, () => {
      const rule = positionRule(conv, label);
      assert.ok(rule);
      assert.equal(rule.sector, sector);
      assert.equal(rule.role, role);
    });
  }
  it('knows countries by common, official and source spellings', () => {
    assert.equal(countryOf(conv, 'the United Kingdom'), 'GBR');
    assert.equal(countryOf(conv, 'The Philippines'), 'PHL');
    assert.equal(countryOf(conv, 'Paraguary'), 'PRY');
    assert.equal(countryOf(conv, 'Kosovo'), 'KOS');
    assert.equal(countryOf(conv, 'São Tomé and Príncipe'), 'STP');
    assert.equal(countryOf(conv, 'XXX'), null);
    assert.equal(countryOf(conv, 'Atlantis'), undefined);
  });
  it('stops on a bad convention row, naming file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-conv-'));
    cpSync(join(DEFAULT_DATA_DIR, 'kb', 'conventions'), join(dir, 'kb', 'conventions'), { recursive: true });
    writeFileSync(join(dir, 'kb', 'conventions', 'positions.tsv'), 'pattern\tsector\trole\tunique\tnote\n^president\tXYZ\tpresident\tyes\t\n');
    assert.throws(() => loadConventions(dir), /positions\.tsv.*2|sector/);
  });
});

/** A tiny source tree in the layout of kb-sources/. */
function fixtureSources(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-src-'));
  const ep = join(dir, 'everypolitician');
  const repo = (name: string, country: string, csv: string): void => {
    mkdirSync(join(ep, name), { recursive: true });
    writeFileSync(join(ep, name, 'meta.json'), JSON.stringify({ jurisdiction: { name: country } }));
    writeFileSync(join(ep, name, 'holders21.csv'), csv);
  };
  repo('mongolia-ministers', 'Mongolia', [
    'position,person,personID,start,end,gender,DOB,DOD,enwiki',
    'President,Battulga Khaltmaa,Q1,2017-07-10,,male,,,Khaltmaagiin Battulga',
    'President,Khürelsükh Ukhnaa,Q2,2021-06-25,,male,,,Ukhnaagiin Khürelsükh',
    'Minister of Defence,moslman ali,Q3,2019,,male,,,Gursed Saikhanbayar',
    'Minister of Defence,Батбаяр,Q4,2020,,male,,,',
    'Minister of Finance,Someone Else,Q5,2018-05-01,2017-01-01,male,,,',
    'Minister of Finance,Someone Else,Q5,2018-05-01,,male,,,',
    'Minister of Finance,Someone Else,Q5,2018-05-01,2019-02-01,male,,,',
    'First Lady,Spouse Person,Q6,2017,,female,,,',
    'Justice of the Supreme Court,Judge One,Q7,2015,,male,,,',
    'Justice of the Supreme Court,Judge Two,Q8,2016,,male,,,',
    'President,Lavrov Namesake,Q9,2010-01-01,2011-01-01,male,,,',
  ].join('\n'));
  mkdirSync(join(ep, 'world-leaders-2021'), { recursive: true });
  writeFileSync(join(ep, 'world-leaders-2021', 'wikidata.csv'), 'countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year\nQ711,Mongolia,Q1,President of Mongolia,Q2,Ukhnaagiin Khürelsükh,2021,\n');
  const px = join(dir, 'petrarch2');
  mkdirSync(px);
  writeFileSync(join(px, 'Phoenix.Countries.actors.txt'), 'BATTULGA_KHALTMAA_\n\t[MNGGOV 170710-210625]\nOLD_OFFICIAL_ONE_\n\t[MNGGOV 990101-041231]\n');
  writeFileSync(join(px, 'Phoenix.International.actors.txt'), 'CARE_\t[NGO]\nWORLD_HEALTH_ORGANIZATION_\t[IGOUNOHLH]\nSOME_SHIPPING_COMPANY_\t[MNC]\nFRIENDS_OF_THE_TREES_(FOTT)_\t[NGOENV]\n');
  writeFileSync(join(px, 'Phoenix.MilNonState.actors.txt'), 'PEOPLE\'S_LIBERATION_LEAGUE_(PLL)_ [GRCREB]\n+LIBERATION_LEAGUE_\nEUROPEAN_CELLS_ [WEU]\n');
  writeFileSync(join(px, 'LICENSE'), 'MIT licence text');
  const pf = join(dir, 'partyfacts');
  mkdirSync(pf);
  writeFileSync(join(pf, 'LICENSE.md'), 'MIT licence text');
  writeFileSync(join(pf, 'partyfacts-core-parties.csv'), [
    'country,partyfacts_id,technical,name_short,name,name_english,name_other,year_first,year_last',
    'MEX,696,,PAN,Partido Acción Nacional,National Action Party,,1939,',
    'CHL,1748,,PRI,Partido Regionalista Independiente,Independent Regionalist Party,,2006,2018',
    'MEX,9999,8,IND,Independent,Independent,,,',
    'MEX,1000,,Morena,Morena,Morena,,2014,',
  ].join('\n'));
  return dir;
}

/** A data dir with our conventions and a tiny hand-written KB. */
function fixtureData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-data-'));
  cpSync(join(DEFAULT_DATA_DIR, 'kb', 'conventions'), join(dir, 'kb', 'conventions'), { recursive: true });
  writeFileSync(join(dir, 'kb', 'people.jsonl'), '{"id": "lavrov-namesake", "name": "Lavrov Namesake", "aliases": [], "roles": [{"role": "president", "country": "MNG", "sector": "GOV", "start": "2010-01-01", "end": "2011-01-01"}]}\n');
  writeFileSync(join(dir, 'kb', 'orgs.jsonl'), '{"id": "who", "name": "WHO", "fullName": "World Health Organization", "aliases": [], "country": "IGO", "sector": "IGO"}\n');
  writeFileSync(join(dir, 'kb', 'groups.jsonl'), '');
  return dir;
}

describe('a build from fixture sources', () => {
  const from = fixtureSources();
  const data = fixtureData();
  const report = buildKb(from, data);
  const people = readFileSync(join(data, 'kb', 'imported', 'people.tsv'), 'utf8');
  const rows = people.split('\n').filter((l) => l && !l.startsWith('#')).slice(1).map((l) => l.split('\t'));
  const byName = (n: string): string[][] => rows.filter((r) => r[1] === n);

  it('closes an open end with the successor\'s start in a post held by one person', () => {
    assert.deepEqual(byName('Battulga Khaltmaa').map((r) => [r[8], r[9]]), [['2017-07-10', '2021-06-25']]);
  });
  it('leaves a post held by many (judges) open', () => {
    assert.equal(byName('Judge One')[0]![9], '');
  });
  it('uses the Wikipedia name when the label shares no word with it (vandalised label)', () => {
    assert.equal(byName('moslman ali').length, 0);
    assert.equal(byName('Gursed Saikhanbayar')[0]![3], 'defence minister');
    assert.match(report, /vandalised/);
  });
  it('drops a name with no Latin form, a spouse, a row ending before it starts, and duplicates', () => {
    assert.match(report, /dropped\s+1\s+no Latin name/);
    assert.match(report, /dropped\s+1\s+not an office/);
    assert.match(report, /dropped\s+1\s+ends on or before its start/);
    assert.match(report, /dropped\s+1\s+duplicate \(same post, person and start\)/);
    assert.deepEqual(byName('Someone Else').map((r) => r[9]), ['2019-02-01']);
  });
  it('keeps a year-only start as the first day of the year, marked approximate', () => {
    const judge = byName('Judge Two')[0]!;
    assert.equal(judge[8], '2016-01-01');
    assert.equal(judge[10], '1');
  });
  it('never lets an imported row override a hand-written one, and says so', () => {
    assert.equal(byName('Lavrov Namesake').length, 0);
    assert.match(report, /hand-written entry has this name/);
    assert.ok(!readFileSync(join(data, 'kb', 'imported', 'orgs.tsv'), 'utf8').includes('World Health Organization'));
  });
  it('counts a world-leaders row already in holders21 as a duplicate', () => {
    assert.match(report, /duplicate of a holders21 role/);
  });
  it('drops PETRARCH namesakes of Wikidata people but keeps older officials', () => {
    assert.equal(rows.filter((r) => r[1] === 'Battulga Khaltmaa' && r[11] === 'Phoenix.Countries').length, 0);
    assert.deepEqual(byName('Old Official One').map((r) => [r[5], r[7], r[8], r[9]]), [['MNG', 'GOV', '1999-01-01', '2004-12-31']]);
  });
  it('keeps organisations with a multi-word name or acronym, not companies or one-word names', () => {
    const orgs = readFileSync(join(data, 'kb', 'imported', 'orgs.tsv'), 'utf8');
    assert.match(orgs, /Friends of the Trees\tFOTT\tNGO\tNGO/);
    assert.ok(!orgs.includes('Care\t'));
    assert.ok(!orgs.includes('Shipping'));
  });
  it('keeps armed groups with a country, not region codes', () => {
    const groups = readFileSync(join(data, 'kb', 'imported', 'groups.tsv'), 'utf8');
    assert.match(groups, /People's Liberation League\tLiberation League\|PLL\tGRC\tREB/);
    assert.ok(!groups.includes('European Cells'));
  });
  it('keeps parties with their acronym and years, not technical rows or one-word names', () => {
    const groups = readFileSync(join(data, 'kb', 'imported', 'groups.tsv'), 'utf8');
    assert.match(groups, /pf-696\tNational Action Party\tPAN\|Partido Acción Nacional\tMEX\tPTY\t1939\t\t/);
    assert.match(groups, /pf-1748\tIndependent Regionalist Party\tPRI\|Partido Regionalista Independiente\tCHL\tPTY\t2006\t2018/);
    assert.ok(!groups.includes('pf-9999'));
    assert.ok(!groups.includes('pf-1000'));
  });
  it('records every input with its sha256 in SOURCES.md', () => {
    const sources = readFileSync(join(data, 'kb', 'SOURCES.md'), 'utf8');
    assert.match(sources, /`partyfacts\/partyfacts-core-parties.csv` \| \d+ \| `[0-9a-f]{64}`/);
    assert.match(sources, /CC0/);
    assert.match(sources, /MIT/);
  });
  it('writes the same bytes when run again', () => {
    const files = ['imported/people.tsv', 'imported/orgs.tsv', 'imported/groups.tsv', 'SOURCES.md'].map((f) => readFileSync(join(data, 'kb', f), 'utf8'));
    buildKb(from, data);
    assert.deepEqual(['imported/people.tsv', 'imported/orgs.tsv', 'imported/groups.tsv', 'SOURCES.md'].map((f) => readFileSync(join(data, 'kb', f), 'utf8')), files);
  });
});

describe('SOURCES.md', () => {
  it('a rebuild keeps the gazetteer attribution (GeoNames, CC BY 4.0) and the committed text above the snapshot', () => {
    const generated = sourcesMarkdown([], 'report');
    assert.match(generated, /## GeoNames: the gazetteer/);
    assert.match(generated, /CC BY 4\.0/);
    const committed = readFileSync(join(DEFAULT_DATA_DIR, 'kb', 'SOURCES.md'), 'utf8');
    const head = (md: string): string => md.slice(0, md.indexOf('## Snapshot of the inputs'));
    assert.equal(head(committed), head(generated));
  });
});
