/**
 * The imported people's name index (src/actors/people-index.ts), from small TSV fixtures written
 * here: read only on first need; keys fold case, diacritics, dots and hyphens and map spelling
 * variants; one-word names, hand-written names and PETRARCH rows stay out; a bad row leaves its
 * person out with a problem naming the line and field; role look-ups list every period.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ImportedPeople, foldWord, loadNameVariants, personKey } from '../../src/actors/people-index.ts';

const HEADER = 'id\tname\taliases\trole\ttitle\tcountry\torg\tsector\tstart\tend\tapprox\tsource';
const row = (id: string, name: string, aliases: string, role: string, country: string, start: string, end = ''): string =>
  [id, name, aliases, role, '', country, '', 'GOV', start, end, '', 'test'].join('\t');

const ROWS = [
  row('wd-1', 'Khurelsukh Ukhnaa', '', 'prime minister', 'MNG', '2017-10-04', '2021-01-27'),
  row('wd-1', 'Khurelsukh Ukhnaa', 'Ukhnaa Khurelsukh', 'president', 'MNG', '2021-06-25'),
  row('wd-2', 'Sergey Lavrov', 'Lavrov', 'foreign minister', 'RUS', '2004-03-09'),
  row('wd-3', 'Jean-Yves Le Drian', '', 'foreign minister', 'FRA', '2017-05-17', '2022-05-20'),
  row('wd-4', 'Muhammad Ali Shah', '', 'defence minister', 'PAK', '2010-01-01', '2012-01-01'),
  row('wd-5', 'Muhammad Ali Shah', '', 'governor', 'PAK', '2015-01-01', '2016-01-01'),
  row('wd-6', 'Hand Written', '', 'president', 'XXY', '2015-01-01'),
  row('px-7', 'Petrarch Person', '', 'official', 'USA', '2001-01-01', '2002-01-01'),
  row('wd-8', 'Broken Row', '', 'president', 'ZZZ', '2015-01-01'),
  row('wd-9', 'Bad Dates', '', 'president', 'USA', '2015-01-01', '2014-01-01'),
  row('wd-10', 'Maria Sánchez-Ortega', '', 'minister', 'ESP', '2018-01-01'),
  row('wd-11', 'Ana de la Cruz', 'Ana bint Cruz', 'foreign minister', 'MEX', '2019-01-01'),
];

function fixture(rows: string[] = ROWS, variants = 'variant\tcanonical\nsergei\tsergey\nmohammed\tmuhammad\n'): { people: string; variants: Map<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-people-'));
  writeFileSync(join(dir, 'people.tsv'), ['# generated', HEADER, ...rows, ''].join('\n'));
  writeFileSync(join(dir, 'name-variants.tsv'), `# comment\n${variants}`);
  return { people: join(dir, 'people.tsv'), variants: loadNameVariants(join(dir, 'name-variants.tsv')) };
}

function index(opts: { taken?: string[]; rows?: string[] } = {}): ImportedPeople {
  const f = fixture(opts.rows);
  return new ImportedPeople(f.people, { variants: f.variants, taken: new Set(opts.taken ?? ['hand written']), codeOk: (c) => c !== 'ZZZ', skipPrefixes: ['px-'] });
}

const names = (ip: ImportedPeople, name: string): string[] => ip.lookup(personKey(name, loadVariants())).map((p) => p.id);
let cachedVariants: Map<string, string> | null = null;
function loadVariants(): Map<string, string> {
  cachedVariants ??= fixture().variants;
  return cachedVariants;
}

describe('name variants file', () => {
  it('skips comments and the header and folds both columns', () => {
    const v = fixture(ROWS, 'variant\tcanonical\nSergeï\tSergey\n').variants;
    assert.deepEqual([...v], [['sergei', 'sergey']]);
  });
  it('a missing file gives no variants', () => {
    assert.equal(loadNameVariants('/nonexistent/name-variants.tsv').size, 0);
  });
  it('foldWord folds case and diacritics and maps the variant', () => {
    const v = new Map([['sergei', 'sergey']]);
    assert.equal(foldWord('Sergeï', v), 'sergey');
    assert.equal(foldWord('Khürelsükh', v), 'khurelsukh');
    assert.equal(foldWord('lavrov', v), 'lavrov');
  });
});

describe('personKey', () => {
  const v = new Map([['sergei', 'sergey'], ['mohammed', 'muhammad']]);
  const same: Array<[string, string]> = [
    ['Khürelsükh Ukhnaa', 'khurelsukh ukhnaa'],
    ['KHURELSUKH UKHNAA', 'khurelsukh ukhnaa'],
    ['Jean-Yves Le Drian', 'jean yves le drian'],
    ['Sergei Lavrov', 'sergey lavrov'],
    ['Mohammed bin Salman', 'muhammad bin salman'],
    ['A. F. Hassan', 'a f hassan'],
    ['Recep Tayyip  Erdoğan', 'recep tayyip erdogan'],
  ];
  for (const [name, key] of same) it(`${JSON.stringify(name)} -> ${JSON.stringify(key)}`, () => assert.equal(personKey(name, v), key));
  it('a variant is mapped only as a whole word', () => assert.equal(personKey('Sergeiev Lavrov', v), 'sergeiev lavrov'));
});

describe('ImportedPeople', () => {
  it('reads nothing until first asked', () => {
    const ip = index();
    assert.equal(ip.loaded, false);
    ip.lookup('sergey lavrov');
    assert.equal(ip.loaded, true);
  });

  it('finds a person by name without diacritics, in capitals, or with a spelling variant', () => {
    const ip = index();
    assert.deepEqual(names(ip, 'Khürelsükh Ukhnaa'), ['wd-1']);
    assert.deepEqual(names(ip, 'KHURELSUKH UKHNAA'), ['wd-1']);
    assert.deepEqual(names(ip, 'Sergei Lavrov'), ['wd-2']);
    assert.deepEqual(names(ip, 'Jean Yves Le Drian'), ['wd-3']);
    assert.deepEqual(names(ip, 'Maria Sanchez Ortega'), ['wd-10']);
  });

  it('finds a person by an alias given on a later row of theirs', () => {
    assert.deepEqual(names(index(), 'Ukhnaa Khurelsukh'), ['wd-1']);
  });

  it('keeps every role of a person, in file order', () => {
    const p = index().byId('wd-1')!;
    assert.deepEqual(p.roles.map((r) => r.role), ['prime minister', 'president']);
    assert.equal(p.roles[1]!.end, null);
    assert.deepEqual(p.aliases, ['Ukhnaa Khurelsukh']);
  });

  it('does not index one-word names', () => {
    assert.deepEqual(index().lookup('lavrov'), []);
  });

  it('lists both people who share a name', () => {
    assert.deepEqual(names(index(), 'Mohammed Ali Shah'), ['wd-4', 'wd-5']);
  });

  it('leaves out a name a hand-written person has', () => {
    const ip = index();
    assert.deepEqual(names(ip, 'Hand Written'), []);
    assert.equal(ip.byId('wd-6'), null);
  });

  it('leaves out rows built but not loaded (px-)', () => {
    const ip = index();
    assert.deepEqual(names(ip, 'Petrarch Person'), []);
    assert.equal(ip.byId('px-7'), null);
  });

  it('leaves out a person with a bad row and names the line and field', () => {
    const ip = index();
    assert.deepEqual(names(ip, 'Broken Row'), []);
    assert.deepEqual(names(ip, 'Bad Dates'), []);
    const found = ip.problems.map((p) => [p.location?.line, p.location?.field]);
    assert.deepEqual(found, [[11, 'country'], [12, 'start']]);
  });

  it('answers role look-ups with every period of every holder', () => {
    const ip = index();
    assert.deepEqual(ip.holders('foreign minister').map((h) => h.person.id), ['wd-2', 'wd-3', 'wd-11']);
    assert.deepEqual(ip.holders('president').map((h) => h.person.id), ['wd-1']);
    assert.deepEqual(ip.holders('no such role'), []);
  });

  it('knows which folded words start a name', () => {
    const ip = index();
    assert.equal(ip.startsName('khurelsukh'), true);
    assert.equal(ip.startsName('ukhnaa'), true);
    assert.equal(ip.startsName('lavrov'), false);
    assert.equal(ip.maxWords, 4);
  });

  it('counts and reads every loaded person', () => {
    const ip = index();
    assert.equal(ip.size, 9);
    assert.deepEqual(ip.all().map((p) => p.id), ['wd-1', 'wd-2', 'wd-3', 'wd-4', 'wd-5', 'wd-10', 'wd-11']);
  });

  it('answers role look-ups for one country only when asked', () => {
    const ip = index();
    assert.deepEqual(ip.holders('foreign minister', 'FRA').map((h) => h.person.id), ['wd-3']);
    assert.deepEqual(ip.holders('foreign minister', 'MEX').map((h) => h.person.id), ['wd-11']);
    assert.deepEqual(ip.holders('foreign minister', 'DEU'), []);
    assert.deepEqual(ip.holders('president', 'MNG').map((h) => h.role.start), ['2021-06-25']);
  });

  it('knows the words names have in lower case, from the names themselves', () => {
    const ip = index();
    for (const w of ['de', 'la', 'bint']) assert.equal(ip.isParticle(w), true, w);
    for (const w of ['ana', 'cruz', 'said', 'le']) assert.equal(ip.isParticle(w), false, w);
  });

  it('finds a name with lower-case words inside', () => {
    assert.deepEqual(names(index(), 'Ana de la Cruz'), ['wd-11']);
    assert.deepEqual(names(index(), 'Ana Bint Cruz'), ['wd-11']);
  });

  it('warm() reads the file once, before any look-up', () => {
    const ip = index();
    assert.equal(ip.warm().loaded, true);
    assert.equal(ip.warm().size, 9);
  });

  it('a missing file is an empty index', () => {
    const ip = new ImportedPeople('/nonexistent/people.tsv', { variants: new Map(), taken: new Set(), codeOk: () => true });
    assert.equal(ip.size, 0);
    assert.deepEqual(ip.lookup('a b'), []);
  });
});

describe('foldName on letters Unicode does not decompose', () => {
  const cases: Array<[string, string]> = [['Tayyıp', 'tayyip'], ['Łukasz', 'lukasz'], ['Søren', 'soren'], ['Đukanović', 'dukanovic'], ['Strauß', 'strauss'], ['Ægir', 'aegir']];
  for (const [name, folded] of cases) it(`${name} -> ${folded}`, () => assert.equal(personKey(name, new Map()), folded));
});
