/**
 * resolveActorText on actor strings of our own, written from the rules (not from any gold file):
 * countries, nationalities, capitals and seats of power, organisations, agents with a nationality,
 * office holders on different dates, people, named groups, and strings that must resolve to nothing.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { SectorCode } from '../doc/index.ts';
import { loadActorKnowledge } from './kb.ts';
import { resolveActorText } from './resolve.ts';

const { kb } = loadActorKnowledge();

interface Case {
  text: string;
  date?: string;
  country?: string | null;
  sector?: SectorCode | null;
  org?: string | null;
  /** Expected actor id, e.g. `person:sergey-lavrov`. */
  id?: string;
  /** The string names no actor. */
  none?: true;
  /** A known miss, kept with its reason. */
  todo?: string;
}

const DAY = '2021-12-28';

const CASES: Record<string, Case[]> = {
  'possessives: the possessed is the head': [
    { text: "Sudan's Rapid Support Forces", date: '2023-05-01', country: 'SDN', sector: 'REB', id: 'group:rsf-sudan' },
    { text: "Lebanon's Hezbollah", country: 'LBN', sector: 'REB' },
    { text: "Russia's Wagner group", date: '2022-06-01', country: 'RUS', id: 'group:wagner' },
    { text: 'Ukraine’s parliament', country: 'UKR', sector: 'LEG' },
  ],
  'country names': [
    { text: 'Russia', country: 'RUS', sector: null },
    { text: 'the United States', country: 'USA', sector: null },
    { text: 'US', country: 'USA', sector: null },
    { text: 'U.S.', country: 'USA', sector: null },
    { text: 'UK', country: 'GBR', sector: null },
    { text: 'Britain', country: 'GBR', sector: null },
    { text: 'Great Britain', country: 'GBR', sector: null },
    { text: 'Turkey', country: 'TUR', sector: null },
    { text: 'Türkiye', country: 'TUR', sector: null },
    { text: 'Ivory Coast', country: 'CIV', sector: null },
    { text: "Côte d'Ivoire", country: 'CIV', sector: null },
    { text: 'North Korea', country: 'PRK', sector: null },
    { text: 'South Korea', country: 'KOR', sector: null },
    { text: 'the DRC', country: 'COD', sector: null },
    { text: 'Burma', country: 'MMR', sector: null },
    { text: 'the Czech Republic', country: 'CZE', sector: null },
    { text: 'Holland', country: 'NLD', sector: null },
    { text: 'the Soviet Union', country: 'RUS', sector: null },
    { text: 'Kosovo', country: 'KOS', sector: null },
    { text: 'Palestine', country: 'PSE', sector: null },
    { text: 'Taiwan', country: 'TWN', sector: null },
    { text: 'Hong Kong', country: 'HKG', sector: null },
    { text: 'the Netherlands', country: 'NLD', sector: null },
    { text: 'Saudi Arabia', country: 'SAU', sector: null },
    { text: 'the UAE', country: 'ARE', sector: null },
    { text: 'Ethiopa', country: 'ETH', sector: null },
  ],
  'nationality adjectives and peoples': [
    { text: 'Hungarian', country: 'HUN', sector: 'GOV' },
    { text: 'Saudi', country: 'SAU', sector: 'GOV' },
    { text: 'British', country: 'GBR', sector: 'GOV' },
    { text: 'American', country: 'USA', sector: 'GOV' },
    { text: 'Azeri', country: 'AZE', sector: 'GOV' },
    { text: 'Filipino', country: 'PHL', sector: 'GOV' },
    { text: 'Palestinians', country: 'PSE', sector: 'CVL' },
    { text: 'Britons', country: 'GBR', sector: 'CVL' },
    { text: 'Afghans', country: 'AFG', sector: 'CVL' },
    { text: 'Iraqi Kurds', country: 'IRQ', sector: 'CVL' },
    { text: 'Albanians in southern Serbia', country: 'SRB', sector: 'CVL' },
    { text: 'Albanians living in Serbia', country: 'SRB', sector: 'CVL', todo: 'a location after a participle ("living in") is not attached' },
  ],
  'capitals and seats of power': [
    { text: 'Moscow', country: 'RUS', sector: 'GOV' },
    { text: 'Washington', country: 'USA', sector: 'GOV' },
    { text: 'Kiev', country: 'UKR', sector: 'GOV' },
    { text: 'Kyiv', country: 'UKR', sector: 'GOV' },
    { text: 'Beijing', country: 'CHN', sector: 'GOV' },
    { text: 'Tehran', country: 'IRN', sector: 'GOV' },
    { text: 'Ankara', country: 'TUR', sector: 'GOV' },
    { text: 'Berlin', country: 'DEU', sector: 'GOV' },
    { text: 'Damascus', country: 'SYR', sector: 'GOV' },
    { text: 'Riyadh', country: 'SAU', sector: 'GOV' },
    { text: 'Pyongyang', country: 'PRK', sector: 'GOV' },
    { text: 'Jerusalem', country: 'ISR', sector: 'GOV' },
    { text: 'Ramallah', country: 'PSE', sector: 'GOV' },
    { text: 'Sanaa', country: 'YEM', sector: 'GOV' },
    { text: 'Bogota', country: 'COL', sector: 'GOV' },
    { text: 'the Kremlin', country: 'RUS', sector: 'GOV' },
    { text: 'the White House', country: 'USA', sector: 'GOV' },
    { text: 'the Pentagon', country: 'USA', sector: 'MIL' },
    { text: 'Downing Street', country: 'GBR', sector: 'GOV' },
    { text: 'the Elysee', country: 'FRA', sector: 'GOV' },
    { text: 'Capitol Hill', country: 'USA', sector: 'LEG' },
    { text: 'Whitehall', country: 'GBR', sector: 'GOV' },
    { text: 'Brussels', country: 'IGO', sector: 'IGO', org: 'EU' },
  ],
  'places that locate an actor': [
    { text: 'Darfur rebels', country: 'SDN', sector: 'REB' },
    { text: 'separatists in eastern Ukraine', country: 'UKR', sector: 'REB' },
    { text: 'rebels in Donbas', country: 'UKR', sector: 'REB' },
    { text: 'Chechen rebels', country: 'RUS', sector: 'REB' },
    { text: 'Gaza', country: 'PSE', sector: null },
    { text: 'police in Hebron', country: 'PSE', sector: 'COP' },
    { text: 'the government of Sindh province', country: 'PAK', sector: 'GOV' },
  ],
  'organisations': [
    { text: 'Nato', country: 'IGO', sector: 'IGO', org: 'NATO' },
    { text: 'NATO', country: 'IGO', sector: 'IGO', org: 'NATO' },
    { text: 'the North Atlantic Treaty Organization', country: 'IGO', org: 'NATO' },
    { text: 'OSCE', country: 'IGO', sector: 'IGO', org: 'OSCE' },
    { text: 'the Organisation for Security and Co-operation in Europe', country: 'IGO', org: 'OSCE' },
    { text: 'UN', country: 'IGO', sector: 'IGO', org: 'UN' },
    { text: 'the U.N.', country: 'IGO', org: 'UN' },
    { text: 'United Nations', country: 'IGO', org: 'UN' },
    { text: 'the Security Council', country: 'IGO', org: 'UNSC' },
    { text: 'the UN Security Council', country: 'IGO', org: 'UNSC' },
    { text: 'EU', country: 'IGO', org: 'EU' },
    { text: 'the European Union', country: 'IGO', org: 'EU' },
    { text: 'European Community', country: 'IGO', org: 'EU' },
    { text: 'IAEA', country: 'IGO', org: 'IAEA' },
    { text: 'the WHO', country: 'IGO', org: 'WHO' },
    { text: 'IMF', country: 'IGO', org: 'IMF' },
    { text: 'the World Bank', country: 'IGO', org: 'World Bank' },
    { text: 'African Union', country: 'IGO', org: 'AU' },
    { text: 'the Arab League', country: 'IGO', org: 'Arab League' },
    { text: 'Asean', country: 'IGO', org: 'ASEAN' },
    { text: 'Opec', country: 'IGO', org: 'OPEC' },
    { text: 'the International Criminal Court', country: 'IGO', sector: 'JUD', org: 'ICC' },
    { text: 'ICJ', country: 'IGO', sector: 'JUD', org: 'ICJ' },
    { text: 'the Red Cross', country: 'NGO', sector: 'NGO', org: 'Red Cross' },
    { text: 'Amnesty International', country: 'NGO', sector: 'NGO' },
    { text: 'Human Rights Watch', country: 'NGO', org: 'HRW' },
    { text: 'Doctors Without Borders', country: 'NGO', org: 'MSF' },
    { text: 'UN peacekeepers', country: 'IGO', sector: 'MIL', org: 'UN' },
    { text: 'Nato troops', country: 'IGO', sector: 'MIL', org: 'NATO' },
    { text: 'a Nato official', country: 'IGO', sector: 'IGO', org: 'NATO' },
    { text: 'EU envoy', country: 'IGO', sector: 'IGO', org: 'EU' },
    { text: 'UN military personnel', country: 'IGO', sector: 'MIL', org: 'UN' },
  ],
  'agents with a nationality': [
    { text: 'Russian troops', country: 'RUS', sector: 'MIL' },
    { text: 'Afghan police', country: 'AFG', sector: 'COP' },
    { text: 'Syrian rebels', country: 'SYR', sector: 'REB' },
    { text: 'an American destroyer', country: 'USA', sector: 'MIL' },
    { text: 'a senior US official', country: 'USA', sector: 'GOV' },
    { text: 'Israeli police', country: 'ISR', sector: 'COP' },
    { text: 'Palestinian militants', country: 'PSE', sector: 'REB' },
    { text: "Iraq's parliament", country: 'IRQ', sector: 'LEG' },
    { text: 'Supreme Court of India', country: 'IND', sector: 'JUD' },
    { text: 'the Philippine military', country: 'PHL', sector: 'MIL' },
    { text: 'Jordanian official', country: 'JOR', sector: 'GOV' },
    { text: 'Senior Hungarian officials', country: 'HUN', sector: 'GOV' },
    { text: 'Turkish authorities', country: 'TUR', sector: 'GOV' },
    { text: 'French farmers', country: 'FRA', sector: 'AGR' },
    { text: 'British journalists', country: 'GBR', sector: 'MED' },
    { text: 'Egyptian doctors', country: 'EGY', sector: 'HLH' },
    { text: 'Chinese students', country: 'CHN', sector: 'EDU' },
    { text: 'Iranian clerics', country: 'IRN', sector: 'REL' },
    { text: 'Mexican drug cartels', country: 'MEX', sector: 'CRM' },
    { text: 'Nigerian union leaders', country: 'NGA', sector: 'LAB' },
    { text: 'the Venezuelan opposition', country: 'VEN', sector: 'OPP' },
    { text: 'Ukrainian lawmakers', country: 'UKR', sector: 'LEG' },
    { text: 'Somali pirates', country: 'SOM', sector: 'CRM' },
    { text: 'Syrian refugees', country: 'SYR', sector: 'REF' },
    { text: 'the Israeli spy agency', country: 'ISR', sector: 'SPY' },
    { text: 'Iraqi Kurdish forces', country: 'IRQ', sector: 'MIL' },
    { text: 'French paper workers', country: 'FRA', sector: 'LAB' },
    { text: 'Doctors from two American aid groups', country: 'USA', sector: 'HLH' },
    { text: 'Afghan rebel leaders', country: 'AFG', sector: 'REB' },
    { text: 'Russian police chief', country: 'RUS', sector: 'COP' },
    { text: 'Sudanese army chief', country: 'SDN', sector: 'MIL' },
    { text: 'Colombian rebel commander', country: 'COL', sector: 'REB' },
    { text: 'Belarusian opposition leader', country: 'BLR', sector: 'OPP' },
    { text: 'the Kenyan government', country: 'KEN', sector: 'GOV' },
    { text: 'Pentagon spokesman', country: 'USA', sector: 'MIL' },
    { text: 'the Pakistani Taliban', country: 'PAK', sector: 'REB' },
    { text: 'Saudi-led coalition', country: 'SAU' },
    { text: 'Israeli helicopters and tanks', country: 'ISR', sector: 'MIL' },
  ],
  'armed actors with no nationality or with a patron': [
    { text: 'Kurdish rebels', country: null, sector: 'REB' },
    { text: 'pro-Russian separatists', country: null, sector: 'REB' },
    { text: 'Russian-backed separatists', country: null, sector: 'REB' },
    { text: 'pro-Russian separatists in Luhansk', country: 'UKR', sector: 'REB' },
    { text: 'armed men', country: null, sector: 'UAF' },
    { text: 'unidentified gunmen', country: null, sector: 'UAF' },
    { text: 'Former Socialist prime minister of Greece', country: 'GRC', sector: 'ELI' },
  ],
  'office holders on the article date': [
    { text: 'Russian foreign minister', id: 'person:sergey-lavrov', country: 'RUS', sector: 'GOV' },
    { text: "Russia's top diplomat", id: 'person:sergey-lavrov' },
    { text: 'Kremlin spokesman', id: 'person:dmitry-peskov', country: 'RUS', sector: 'GOV' },
    { text: 'Russian foreign ministry spokeswoman', id: 'person:maria-zakharova' },
    { text: 'Nato secretary-general', date: '2021-12-28', id: 'person:jens-stoltenberg', country: 'IGO', sector: 'IGO', org: 'NATO' },
    { text: 'Nato secretary-general', date: '2025-02-01', id: 'person:mark-rutte' },
    { text: 'the US president', date: '2019-06-01', id: 'person:donald-trump' },
    { text: 'the US president', date: '2022-06-01', id: 'person:joe-biden' },
    { text: 'the US president', date: '2010-06-01', id: 'person:barack-obama' },
    { text: 'the US president', date: '2025-06-01', id: 'person:donald-trump' },
    { text: 'the British prime minister', date: '2020-06-01', id: 'person:boris-johnson' },
    { text: 'the British prime minister', date: '2023-06-01', id: 'person:rishi-sunak' },
    { text: 'the British prime minister', date: '2025-06-01', id: 'person:keir-starmer' },
    { text: 'German chancellor', date: '2019-06-01', id: 'person:angela-merkel' },
    { text: 'German chancellor', date: '2023-06-01', id: 'person:olaf-scholz' },
    { text: 'the UN secretary-general', date: '2015-06-01', id: 'person:ban-ki-moon' },
    { text: 'the UN secretary-general', date: '2020-06-01', id: 'person:antonio-guterres' },
    { text: 'Ukrainian defence minister', date: '2022-06-01', id: 'person:oleksii-reznikov' },
    { text: 'Ukrainian defence minister', date: '2024-06-01', id: 'person:rustem-umerov' },
    { text: 'Israeli prime minister', date: '2022-03-01', id: 'person:naftali-bennett' },
    { text: 'Israeli prime minister', date: '2023-06-01', id: 'person:benjamin-netanyahu' },
    { text: 'French president', date: '2015-06-01', id: 'person:francois-hollande' },
    { text: 'French president', date: '2020-06-01', id: 'person:emmanuel-macron' },
    { text: 'the Chinese foreign minister', date: '2023-03-15', id: 'person:qin-gang' },
    { text: 'the Chinese foreign minister', date: '2024-03-15', id: 'person:wang-yi' },
    { text: 'EU foreign policy chief', date: '2018-06-01', id: 'person:federica-mogherini' },
    { text: 'EU foreign policy chief', date: '2022-06-01', id: 'person:josep-borrell' },
    { text: 'Iranian foreign minister', date: '2020-06-01', id: 'person:mohammad-javad-zarif' },
    { text: 'Indian prime minister', date: '2016-06-01', id: 'person:narendra-modi' },
    { text: 'the Turkish president', date: '2020-06-01', id: 'person:recep-tayyip-erdogan' },
    { text: 'the Russian leader', date: '2020-06-01', id: 'person:vladimir-putin' },
    { text: 'Taliban spokesman', date: '2022-06-01', id: 'person:zabihullah-mujahid', country: 'AFG', sector: 'GOV' },
    { text: 'Hezbollah leader', date: '2020-06-01', id: 'person:hassan-nasrallah', country: 'LBN', sector: 'REB' },
    { text: 'Russian deputy foreign minister', country: 'RUS', sector: 'GOV', id: 'agent:RUS-GOV' },
    { text: 'Russian diplomats', country: 'RUS', sector: 'GOV', id: 'agent:RUS-GOV' },
  ],
  'people by name and date': [
    { text: 'Sergey Lavrov', id: 'person:sergey-lavrov', country: 'RUS', sector: 'GOV' },
    { text: 'Sergei Lavrov', id: 'person:sergey-lavrov' },
    { text: 'Lavrov', id: 'person:sergey-lavrov' },
    { text: 'Russian foreign minister Sergey Lavrov', id: 'person:sergey-lavrov', country: 'RUS', sector: 'GOV' },
    { text: 'Zelensky', date: '2022-06-01', id: 'person:volodymyr-zelensky', country: 'UKR', sector: 'GOV' },
    { text: 'Volodymyr Zelenskyy', date: '2022-06-01', id: 'person:volodymyr-zelensky' },
    { text: 'Zelensky', date: '2018-06-01', country: 'UKR', sector: null },
    { text: 'Putin', date: '2010-06-01', id: 'person:vladimir-putin', sector: 'GOV' },
    { text: 'Biden', date: '2015-06-01', id: 'person:joe-biden', sector: 'GOV' },
    { text: 'Biden', date: '2026-03-01', id: 'person:joe-biden', sector: 'ELI' },
    { text: 'Trump', date: '2022-06-01', id: 'person:donald-trump', sector: 'ELI' },
    { text: 'Assad', date: '1995-06-01', id: 'person:hafez-al-assad' },
    { text: 'Assad', date: '2015-06-01', id: 'person:bashar-al-assad' },
    { text: 'Bush', date: '1991-06-01', id: 'person:george-h-w-bush' },
    { text: 'Bush', date: '2005-06-01', id: 'person:george-w-bush' },
    { text: 'Jens Stoltenberg', date: '2010-06-01', country: 'NOR', sector: 'GOV' },
    { text: 'Jens Stoltenberg', date: '2020-06-01', country: 'IGO', sector: 'IGO', org: 'NATO' },
    { text: 'Khamenei', country: 'IRN', sector: 'GOV' },
    { text: 'Ismail Haniyeh', date: '2020-06-01', country: 'PSE', sector: 'REB' },
    { text: 'Ismail Haniyeh', date: '2006-06-01', country: 'PSE', sector: 'GOV' },
    { text: 'Hassan Nasrallah', date: '2020-06-01', country: 'LBN', sector: 'REB' },
    { text: 'Ousted President Askar Akayev', date: '2010-06-01', country: 'KGZ', sector: 'ELI' },
    { text: 'former prime minister Nawaz Sharif', date: '2019-06-01', country: 'PAK', sector: 'ELI' },
    { text: 'President Yoweri Museveni', country: 'UGA', sector: 'GOV' },
    { text: 'Mohammed bin Salman', country: 'SAU', sector: 'GOV' },
    { text: 'Dmitri Peskov', id: 'person:dmitry-peskov' },
    { text: 'President Francois Mitterand', date: '1990-06-01', id: 'person:francois-mitterrand', country: 'FRA', sector: 'GOV' },
  ],
  'unknown people introduced with a role': [
    { text: 'Ukrainian defence minister Oleksandr Testenko', date: '2030-01-01', country: 'UKR', sector: 'GOV', id: 'person:~oleksandr-testenko' },
    { text: 'Afghan police chief Abdul Qadir Zaman', country: 'AFG', sector: 'COP', id: 'person:~abdul-qadir-zaman' },
    { text: 'Judge Maria Lopez', country: null, sector: 'JUD' },
    { text: 'Brazilian opposition leader Ana Ribeiro', country: 'BRA', sector: 'OPP' },
    { text: 'General Oleg Ivanenko', country: null, sector: 'MIL' },
  ],
  'named groups, bodies and media': [
    { text: 'Taliban', date: '2019-06-01', country: 'AFG', sector: 'REB' },
    { text: 'the Taliban', date: '2022-06-01', country: 'AFG', sector: 'GOV' },
    { text: 'Hamas', country: 'PSE', sector: 'REB' },
    { text: 'Hezbollah', country: 'LBN', sector: 'REB' },
    { text: 'Hizbollah', country: 'LBN', sector: 'REB' },
    { text: 'ISIS', country: 'IMG', sector: 'REB' },
    { text: 'Islamic State', country: 'IMG', sector: 'REB' },
    { text: 'Islamic State in Libya', country: 'LBY', sector: 'REB' },
    { text: 'al-Qaeda', country: 'IMG', sector: 'REB' },
    { text: 'Boko Haram', country: 'NGA', sector: 'REB' },
    { text: 'Houthi rebels', country: 'YEM', sector: 'REB' },
    { text: 'the PKK', country: 'TUR', sector: 'REB' },
    { text: 'Peshmerga', country: 'IRQ', sector: 'MIL' },
    { text: 'the Wagner Group', country: 'RUS', sector: 'MIL' },
    { text: 'FSB', country: 'RUS', sector: 'SPY' },
    { text: 'the CIA', country: 'USA', sector: 'SPY' },
    { text: 'Mossad', country: 'ISR', sector: 'SPY' },
    { text: 'the Knesset', country: 'ISR', sector: 'LEG' },
    { text: 'the Duma', country: 'RUS', sector: 'LEG' },
    { text: 'US Congress', country: 'USA', sector: 'LEG' },
    { text: 'the Bundestag', country: 'DEU', sector: 'LEG' },
    { text: 'the IDF', country: 'ISR', sector: 'MIL' },
    { text: 'HTS', date: '2020-06-01', country: 'SYR', sector: 'REB' },
    { text: 'HTS', date: '2025-06-01', country: 'SYR', sector: 'GOV' },
    { text: 'Rapid Support Forces', date: '2022-06-01', country: 'SDN', sector: 'MIL' },
    { text: 'Rapid Support Forces', date: '2024-06-01', country: 'SDN', sector: 'REB' },
    { text: 'Al Jazeera', country: 'QAT', sector: 'MED' },
    { text: 'Reuters', country: 'GBR', sector: 'MED' },
    { text: 'Xinhua', country: 'CHN', sector: 'MED' },
    { text: 'the Washington Post', country: 'USA', sector: 'MED' },
    { text: 'Gazprom', country: 'RUS', sector: 'BUS' },
    { text: 'General Motors', country: 'USA', sector: 'BUS' },
    { text: 'SPLM/A', date: '2000-01-01', country: 'SDN', sector: 'REB' },
    { text: 'rebel Kurdistan Workers\u2019 Party', country: 'TUR', sector: 'REB' },
  ],
  'strings that name no actor': [
    { text: 'us', none: true },
    { text: 'let us know', none: true },
    { text: 'turkey sandwich', none: true },
    { text: 'a general strike', none: true },
    { text: 'who', none: true },
    { text: 'Michael Jordan', none: true },
    { text: 'Chad Smith', none: true },
    { text: 'George Washington', none: true },
    { text: 'Latin America', none: true },
    { text: 'the weather', none: true },
    { text: 'Russian demands', none: true },
    { text: 'The Hague', none: true },
    { text: 'May', none: true },
    { text: 'the Russian-speaking minority', todo: 'a group of people defined by language: no rule yet' },
  ],
};

describe('resolveActorText', () => {
  for (const [topic, cases] of Object.entries(CASES)) {
    describe(topic, () => {
      for (const c of cases) {
        const name = `${c.text}${c.date ? ` @${c.date}` : ''}`;
        it(name, c.todo ? { todo: c.todo } : {}, () => {
          const a = resolveActorText(kb, c.text, c.date ?? DAY);
          if (c.none) {
            assert.equal(a, null, `expected nothing, got ${JSON.stringify(a)}`);
            return;
          }
          assert.ok(a, 'expected an actor');
          if (c.id !== undefined) assert.equal(a.id, c.id);
          if (c.country !== undefined) assert.equal(a.country, c.country);
          if (c.sector !== undefined) assert.equal(a.sector, c.sector);
          if (c.org !== undefined) assert.equal(a.org, c.org);
        });
      }
    });
  }
});

describe('resolveActorText: the test table', () => {
  it('has at least 150 cases of our own', () => {
    assert.ok(Object.values(CASES).flat().length >= 150);
  });
});
