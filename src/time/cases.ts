/**
 * Temporal test cases written for Dateline: the unit tests (`find.test.ts`) run them, and
 * `scripts/eval/time.ts` runs chrono-node on the same cases for comparison. Not used at run time.
 *
 * A case gives a text, the article date `ref` and optionally a tense hint. `value` is the value of the
 * expression whose text is `span` (the first expression when `span` is absent); `none: true` means
 * nothing may be found. A known miss keeps its case with `todo` saying why.
 */
export interface TimeCase {
  text: string;
  ref: string;
  tense?: 'past' | 'future';
  span?: string;
  value?: string | null;
  none?: true;
  todo?: string;
  /** What the case is about, for grouping in reports. */
  topic: string;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** `YYYY-MM-DD` of a UTC Date, written out here so the expected values do not come from the code under test. */
function ymd(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Every weekday against every article weekday, in both tenses: the week of 2021-12-27 (Monday) to
 * 2022-01-02 (Sunday), which crosses a year end. Past: the last such day on or before the article
 * date; future: the next on or after it (the article's own weekday is the article day).
 */
function weekdayMatrix(): TimeCase[] {
  const out: TimeCase[] = [];
  for (let r = 0; r < 7; r++) {
    const ref = new Date(Date.UTC(2021, 11, 27 + r));
    for (let w = 0; w < 7; w++) {
      const name = WEEKDAYS[w]!;
      // getUTCDay: 0 = Sunday; our weekday index w: 0 = Monday.
      const target = (w + 1) % 7;
      const back = new Date(ref);
      while (back.getUTCDay() !== target) back.setUTCDate(back.getUTCDate() - 1);
      const ahead = new Date(ref);
      while (ahead.getUTCDay() !== target) ahead.setUTCDate(ahead.getUTCDate() + 1);
      out.push({ topic: 'weekday-past', text: `The minister said on ${name} that talks had failed.`, ref: ymd(ref), value: ymd(back) });
      out.push({ topic: 'weekday-future', text: `The ministers will meet on ${name} in Geneva.`, ref: ymd(ref), value: ymd(ahead) });
    }
  }
  return out;
}

const T = '2021-12-28'; // a Tuesday, the seed article's date

/** Hand-written cases. */
const HAND: TimeCase[] = [
  // weeks, ISO week-years
  { topic: 'week', text: 'Lavrov said last week that talks would start.', ref: T, value: '2021-W51' },
  { topic: 'week', text: 'last week', ref: '2021-01-04', value: '2020-W53' },
  { topic: 'week', text: 'this week', ref: '2020-12-31', value: '2020-W53' },
  { topic: 'week', text: 'next week', ref: '2020-12-31', value: '2021-W01' },
  { topic: 'week', text: 'this week', ref: '2026-01-01', value: '2026-W01' },
  { topic: 'week', text: 'last week', ref: '2026-01-01', value: '2025-W52' },
  { topic: 'week', text: 'next week', ref: '2026-01-01', value: '2026-W02' },
  { topic: 'week', text: 'in two weeks', ref: T, value: '2022-W02' },
  { topic: 'week', text: 'in two weeks', ref: '2020-12-20', value: '2020-W53' },
  { topic: 'week', text: 'two weeks ago', ref: T, value: '2021-W50' },
  { topic: 'week', text: 'a fortnight ago', ref: T, value: '2021-W50' },
  // days
  { topic: 'day', text: 'two days ago', ref: T, value: '2021-12-26' },
  { topic: 'day', text: 'in three days', ref: T, value: '2021-12-31' },
  { topic: 'day', text: 'yesterday', ref: T, value: '2021-12-27' },
  { topic: 'day', text: 'today', ref: T, value: '2021-12-28' },
  { topic: 'day', text: 'tomorrow', ref: T, value: '2021-12-29' },
  { topic: 'day', text: 'tomorrow', ref: '2021-12-31', value: '2022-01-01' },
  { topic: 'day', text: 'tonight', ref: T, value: '2021-12-28' },
  { topic: 'day', text: 'this morning', ref: T, value: '2021-12-28' },
  { topic: 'day', text: 'last night', ref: T, value: '2021-12-27' },
  { topic: 'day', text: 'the day before yesterday', ref: T, value: '2021-12-26' },
  { topic: 'day', text: 'the day after tomorrow', ref: '2021-12-31', value: '2022-01-02' },
  { topic: 'leap', text: 'yesterday', ref: '2024-03-01', value: '2024-02-29' },
  { topic: 'leap', text: 'yesterday', ref: '2023-03-01', value: '2023-02-28' },
  { topic: 'leap', text: 'The treaty was signed on February 29.', ref: '2022-01-10', value: '2020-02-29' },
  { topic: 'leap', text: 'on February 29', ref: '2023-06-01', value: '2024-02-29' },
  // months, years
  { topic: 'month', text: 'Earlier this month, Moscow submitted draft documents.', ref: T, value: '2021-12-01/2021-12-27' },
  { topic: 'month', text: 'later this month', ref: T, value: '2021-12-29/2021-12-31' },
  { topic: 'month', text: 'next month', ref: T, value: '2022-01' },
  { topic: 'month', text: 'last month', ref: T, value: '2021-11' },
  { topic: 'month', text: 'this month', ref: T, value: '2021-12' },
  { topic: 'month', text: 'next month', ref: '2024-01-31', value: '2024-02' },
  { topic: 'month', text: 'a month ago', ref: '2024-03-31', value: '2024-02' },
  { topic: 'month', text: 'in two months', ref: T, value: '2022-02' },
  { topic: 'month', text: 'three months ago', ref: T, value: '2021-09' },
  { topic: 'month', text: 'Lavrov visited Beijing in March.', ref: T, value: '2021-03' },
  { topic: 'month', text: 'Lavrov will visit Beijing in March.', ref: T, value: '2022-03' },
  { topic: 'month', text: 'in March', ref: T, value: '2022-03' },
  { topic: 'month', text: 'Prices rose in January.', ref: '2022-01-20', value: '2022-01' },
  { topic: 'month', text: 'last January', ref: T, value: '2021-01' },
  { topic: 'month', text: 'next January', ref: T, value: '2022-01' },
  { topic: 'month', text: 'January 2022', ref: T, value: '2022-01' },
  { topic: 'month', text: 'in January of last year', ref: T, value: '2020-01' },
  { topic: 'year', text: 'next year', ref: T, value: '2022' },
  { topic: 'year', text: 'last year', ref: T, value: '2020' },
  { topic: 'year', text: 'this year', ref: T, value: '2021' },
  { topic: 'year', text: 'two years ago', ref: T, value: '2019' },
  { topic: 'year', text: 'in three years', ref: T, value: '2024' },
  { topic: 'year', text: 'The war began in 2014.', ref: T, value: '2014' },
  { topic: 'year', text: 'earlier this year', ref: T, value: '2021-01-01/2021-12-27' },
  { topic: 'year', text: 'later this year', ref: T, value: '2021-12-29/2021-12-31' },
  { topic: 'year', text: 'late last year', ref: T, value: '2020-09/2020-12' },
  { topic: 'year', text: 'in early 2022', ref: T, value: '2022-01/2022-04' },
  { topic: 'year', text: 'in mid-2014', ref: T, value: '2014-05/2014-08' },
  { topic: 'month', text: 'Talks will resume in mid-January.', ref: T, value: '2022-01-11/2022-01-20' },
  { topic: 'month', text: 'at the end of January', ref: '2022-01-10', value: '2022-01-21/2022-01-31' },
  { topic: 'month', text: 'in early March', ref: '2022-01-10', value: '2022-03-01/2022-03-10' },
  // quarters, halves, seasons, decades
  { topic: 'quarter', text: 'the first half of 2023', ref: T, value: '2023-H1' },
  { topic: 'quarter', text: 'the second half of next year', ref: T, value: '2022-H2' },
  { topic: 'quarter', text: 'the third quarter of 2023', ref: T, value: '2023-Q3' },
  { topic: 'quarter', text: 'Q3 2023', ref: T, value: '2023-Q3' },
  { topic: 'quarter', text: 'Growth slowed in the fourth quarter.', ref: T, value: '2021-Q4' },
  { topic: 'quarter', text: 'Output will recover in the first quarter.', ref: T, value: '2022-Q1' },
  { topic: 'season', text: 'summer 2022', ref: T, value: '2022-SU' },
  { topic: 'season', text: 'last summer', ref: T, value: '2021-SU' },
  { topic: 'season', text: 'this winter', ref: T, value: '2021-WI' },
  { topic: 'season', text: 'The offensive is expected in the spring.', ref: T, value: '2022-SP' },
  { topic: 'decade', text: 'in the 1990s', ref: T, value: '199' },
  { topic: 'decade', text: "since the '90s", ref: T, value: '199/..' },
  { topic: 'decade', text: 'the 2010s', ref: T, value: '201' },
  { topic: 'decade', text: 'the 21st century', ref: T, value: '20' },
  { topic: 'decade', text: 'in the late 1980s', ref: T, value: '1987/1989' },
  // weekends
  { topic: 'weekend', text: 'Protesters gathered over the weekend.', ref: T, value: '2021-W51-WE' },
  { topic: 'weekend', text: 'this weekend', ref: T, value: '2021-W52-WE' },
  { topic: 'weekend', text: 'next weekend', ref: T, value: '2022-W01-WE' },
  { topic: 'weekend', text: 'last weekend', ref: T, value: '2021-W51-WE' },
  { topic: 'weekend', text: 'The talks will take place at the weekend.', ref: T, value: '2021-W52-WE' },
  // weekdays with modifiers and hints
  { topic: 'weekday', text: 'next Monday', ref: T, value: '2022-01-03' },
  { topic: 'weekday', text: 'last Monday', ref: T, value: '2021-12-27' },
  { topic: 'weekday', text: 'last Friday', ref: T, value: '2021-12-24' },
  { topic: 'weekday', text: 'on Monday next week', ref: T, value: '2022-01-03' },
  { topic: 'weekday', text: "Monday's meeting was cancelled.", ref: T, value: '2021-12-27' },
  { topic: 'weekday', text: 'Kremlin spokesman Dmitry Peskov on Monday confirmed the meeting will take place.', ref: T, value: '2021-12-27' },
  { topic: 'weekday', text: 'Turkey urged Russia on Monday to drop its demands.', ref: T, value: '2021-12-27' },
  { topic: 'weekday', text: 'Japan warned China in a call on Thursday that it would respond if the drills went on.', ref: T, value: '2021-12-23' },
  { topic: 'weekday', text: 'The talks are scheduled for Thursday.', ref: T, value: '2021-12-30' },
  { topic: 'weekday', text: 'Russia plans to hold the vote on Sunday.', ref: T, value: '2022-01-02' },
  { topic: 'weekday', text: 'The minister is meeting his counterpart on Friday.', ref: T, value: '2021-12-31' },
  { topic: 'weekday', text: 'Lavrov said on Tuesday.', ref: T, value: '2021-12-28' },
  { topic: 'weekday', text: 'The ministers will meet on Tuesday.', ref: T, value: '2021-12-28' },
  { topic: 'hint', text: 'Monday', ref: T, tense: 'future', value: '2022-01-03' },
  { topic: 'hint', text: 'Monday', ref: T, tense: 'past', value: '2021-12-27' },
  { topic: 'hint', text: 'on Saturday', ref: T, value: '2021-12-25' },
  { topic: 'hint', text: 'on monday', ref: T, tense: 'future', value: '2022-01-03' },
  { topic: 'hint', text: 'in january', ref: T, value: '2022-01' },
  { topic: 'hint', text: 'He will arrive on Monday.', ref: T, tense: 'past', value: '2022-01-03' },
  { topic: 'hint', text: 'Dec. 21', ref: T, value: '2021-12-21' },
  { topic: 'hint', text: 'Dec. 21', ref: T, tense: 'future', value: '2022-12-21' },
  { topic: 'hint', text: 'December 3', ref: '2022-01-10', tense: 'past', value: '2021-12-03' },
  // month-day by tense
  { topic: 'month-day', text: 'The council will meet on January 12.', ref: T, value: '2022-01-12' },
  { topic: 'month-day', text: 'Stoltenberg has decided to convene a meeting of the Nato-Russia Council on January 12, a Nato official said on Saturday.', ref: T, span: 'on January 12', value: '2022-01-12' },
  { topic: 'month-day', text: 'Talks were held on December 3.', ref: '2022-01-10', value: '2021-12-03' },
  { topic: 'month-day', text: 'December 3', ref: '2022-01-10', value: '2021-12-03' },
  { topic: 'month-day', text: 'on January 12', ref: T, value: '2022-01-12' },
  { topic: 'month-day', text: 'Talks were held on January 12.', ref: T, value: '2021-01-12' },
  { topic: 'month-day', text: 'NATO will meet on Jan. 12.', ref: T, value: '2022-01-12' },
  { topic: 'month-day', text: 'The holidays in Russia will last till January 9.', ref: T, span: 'till January 9', value: '../2022-01-09' },
  { topic: 'month-day', text: 'The vote is set to take place on 5 June.', ref: '2022-07-01', value: '2023-06-05' },
  { topic: 'month-day', text: 'The ceasefire was agreed on 30 December.', ref: '2022-01-03', value: '2021-12-30' },
  { topic: 'month-day', text: 'Erdogan brought the elections forward by a year to 24 June.', ref: '2018-05-14', value: '2018-06-24' },
  { topic: 'weekday', text: 'On Monday Trump promised "major decisions" by Wednesday.', ref: '2018-04-10', span: 'by Wednesday', value: '../2018-04-11' },
  { topic: 'month-day', text: '(The west can do nothing, 9 April)', ref: '2018-04-10', value: '2018-04-09' },
  // explicit dates
  { topic: 'explicit', text: 'on 12 January 2022', ref: T, value: '2022-01-12' },
  { topic: 'explicit', text: 'January 12, 2022', ref: T, value: '2022-01-12' },
  { topic: 'explicit', text: 'Jan. 12, 2022', ref: T, value: '2022-01-12' },
  { topic: 'explicit', text: 'Wednesday, January 12', ref: T, value: '2022-01-12' },
  { topic: 'explicit', text: 'the 12th of January', ref: T, value: '2022-01-12' },
  { topic: 'explicit', text: 'Sept. 5th, 2021', ref: T, value: '2021-09-05' },
  { topic: 'explicit', text: '2022-01-12', ref: T, value: '2022-01-12' },
  { topic: 'explicit', text: '2022/01/12', ref: T, value: '2022-01-12' },
  { topic: 'explicit', text: '12/01/2022', ref: T, value: '2022-01-12' },
  { topic: 'explicit', text: '01/12/2022', ref: T, value: '2022-01-12' },
  { topic: 'explicit', text: '25/12/2021', ref: T, value: '2021-12-25' },
  { topic: 'explicit', text: '12/25/2021', ref: T, value: '2021-12-25' },
  { topic: 'explicit', text: '12.01.2022', ref: T, value: '2022-01-12' },
  { topic: 'explicit', text: 'January 5-7', ref: T, value: '2022-01-05/2022-01-07' },
  { topic: 'explicit', text: 'from January 5 to 7', ref: T, value: '2022-01-05/2022-01-07' },
  { topic: 'explicit', text: 'from March to May 2022', ref: T, value: '2022-03/2022-05' },
  { topic: 'explicit', text: 'from 9 to 12 January', ref: T, value: '2022-01-09/2022-01-12' },
  { topic: 'explicit', text: 'between 9 and 12 January 2022', ref: T, value: '2022-01-09/2022-01-12' },
  { topic: 'explicit', text: 'Dec 31, 2021 through Jan 9, 2022', ref: T, value: '2021-12-31/2022-01-09' },
  { topic: 'month', text: 'the last week of December', ref: T, value: '2021-12-25/2021-12-31' },
  { topic: 'month', text: 'the first week of next month', ref: T, value: '2022-01-01/2022-01-07' },
  // ranges, open ranges
  { topic: 'range', text: 'since 2014', ref: T, value: '2014/..' },
  { topic: 'range', text: 'by the end of the year', ref: T, value: '../2021-12-31' },
  { topic: 'range', text: 'by the end of the month', ref: '2024-02-10', value: '../2024-02-29' },
  { topic: 'range', text: 'Sanctions will stay until March.', ref: T, value: '../2022-03' },
  { topic: 'range', text: 'since the beginning of the year', ref: T, value: '2021-01-01/..' },
  { topic: 'range', text: 'after 2014', ref: T, value: '2015/..' },
  { topic: 'range', text: 'before 2014', ref: T, value: '../2013' },
  { topic: 'range', text: 'The deal must be signed before January 9.', ref: T, value: '../2022-01-08' },
  { topic: 'range', text: 'between 2014 and 2016', ref: T, value: '2014/2016' },
  { topic: 'range', text: 'from 2014 to 2016', ref: T, value: '2014/2016' },
  { topic: 'range', text: '2014-2016', ref: T, value: '2014/2016' },
  { topic: 'range', text: 'Talks were held from Monday to Wednesday.', ref: '2021-12-30', value: '2021-12-27/2021-12-29' },
  { topic: 'range', text: 'the past three weeks', ref: T, value: '2021-12-07/2021-12-28' },
  { topic: 'range', text: 'over the past two years', ref: T, value: '2019-12-28/2021-12-28' },
  // durations and sets
  { topic: 'duration', text: 'for three days', ref: T, value: 'P3D' },
  { topic: 'duration', text: 'for two weeks', ref: T, value: 'P2W' },
  { topic: 'duration', text: 'for six months', ref: T, value: 'P6M' },
  { topic: 'duration', text: 'for a year', ref: T, value: 'P1Y' },
  { topic: 'duration', text: 'for several days', ref: T, value: 'PXD' },
  { topic: 'duration', text: 'The siege lasted 24 hours.', ref: T, value: 'PT24H' },
  { topic: 'duration', text: 'a three-day visit', ref: T, value: 'P3D' },
  { topic: 'duration', text: 'for twenty-four hours', ref: T, value: 'PT24H' },
  { topic: 'set', text: 'every Monday', ref: T, value: 'XXXX-WXX-1' },
  { topic: 'set', text: 'every two years', ref: T, value: 'P2Y' },
  // named periods
  { topic: 'named', text: 'They met at Christmas.', ref: T, value: '2021-12-25' },
  { topic: 'named', text: 'Orthodox Christmas', ref: T, value: '2022-01-07' },
  { topic: 'named', text: 'Easter', ref: '2022-01-10', value: '2022-04-17' },
  { topic: 'named', text: 'Orthodox Easter', ref: '2022-01-10', value: '2022-04-24' },
  { topic: 'named', text: 'Good Friday', ref: '2024-01-10', value: '2024-03-29' },
  { topic: 'named', text: 'Ramadan', ref: '2022-01-10', value: '2022-04-02/2022-05-01' },
  { topic: 'named', text: 'Ramadan', ref: '2023-01-10', value: '2023-03-23/2023-04-20' },
  { topic: 'named', text: 'Eid al-Fitr', ref: '2022-01-10', value: '2022-05-02' },
  { topic: 'named', text: 'Thanksgiving', ref: '2021-11-01', value: '2021-11-25' },
  { topic: 'named', text: 'Thanksgiving', ref: '2024-11-01', value: '2024-11-28' },
  { topic: 'named', text: 'Nowruz', ref: '2022-01-10', value: '2022-03-21' },
  { topic: 'named', text: 'Hanukkah', ref: '2021-11-20', value: '2021-11-29/2021-12-06' },
  { topic: 'named', text: 'Lunar New Year', ref: '2023-01-02', value: '2023-01-22' },
  { topic: 'named', text: 'Christmas 2020', ref: T, value: '2020-12-25' },
  { topic: 'named', text: 'two days before Christmas', ref: T, value: '2021-12-23' },
  { topic: 'named', text: 'Talks will start after the New Year holidays.', ref: T, value: '2022-01-09/..' },
  // document-level linking
  { topic: 'linking', text: 'Talks will start immediately after the holidays. The holidays in Russia will last till January 9.', ref: T, value: '2022-01-10/..' },
  { topic: 'linking', text: 'Talks will start immediately after New Year holidays, Lavrov said. The holidays in Russia will last till January 9.', ref: T, value: '2022-01-10/..' },
  { topic: 'linking', text: 'The truce ends on May 9. Fighting resumed after the truce.', ref: '2022-05-12', span: 'after the truce', value: '2022-05-10/..' },
  { topic: 'linking', text: 'The holidays run from December 30 to January 10. Parliament returns after the holidays.', ref: T, span: 'after the holidays', value: '2022-01-11/..' },
  // anchored to the date in context
  { topic: 'anchored', text: 'Lavrov met Blinken on January 12, 2022. The day before, he met Stoltenberg.', ref: T, span: 'The day before', value: '2022-01-11' },
  { topic: 'anchored', text: 'Russia sent troops on 3 March 2022. Two days later, talks began.', ref: T, span: 'Two days later', value: '2022-03-05' },
  { topic: 'anchored', text: 'the day before', ref: T, value: '2021-12-27' },
  { topic: 'anchored', text: 'The war began in 2014. The following year, a truce was signed.', ref: T, span: 'The following year', value: '2015' },
  // things that are not dates
  { topic: 'false-positive', text: 'Troops may attack the city.', ref: T, none: true },
  { topic: 'false-positive', text: 'May attack the city, officials warned.', ref: T, none: true },
  { topic: 'false-positive', text: 'They staged a march on the capital.', ref: T, none: true },
  { topic: 'false-positive', text: 'March on Washington organisers met.', ref: T, none: true },
  { topic: 'false-positive', text: 'The Sunday Times reported the story.', ref: T, none: true },
  { topic: 'false-positive', text: 'Theresa May said so.', ref: T, none: true },
  { topic: 'false-positive', text: 'About 2000 troops were deployed.', ref: T, none: true },
  { topic: 'false-positive', text: 'He is in his 90s.', ref: T, none: true },
  { topic: 'false-positive', text: 'One day we will win.', ref: T, none: true },
  { topic: 'false-positive', text: 'the fall of Kabul', ref: T, none: true },
  { topic: 'false-positive', text: 'The Good Friday Agreement holds.', ref: T, none: true },
  { topic: 'false-positive', text: 'The Arab Spring uprisings spread.', ref: T, none: true },
  { topic: 'false-positive', text: 'a five-year-old boy', ref: T, none: true },
  { topic: 'false-positive', text: 'an august institution', ref: T, none: true },
  { topic: 'false-positive', text: 'The holidays in Russia are long.', ref: T, none: true },
  { topic: 'false-positive', text: 'the day before the vote', ref: T, value: null },
  // known misses
  { topic: 'week', text: 'the week before last', ref: T, value: '2021-W50' },
  { topic: 'month', text: 'the month after next', ref: T, value: '2022-02' },
  { topic: 'year', text: 'the year before last', ref: T, value: '2019' },
  { topic: 'clock', text: 'at 3 p.m. on Monday', ref: T, span: 'at 3 p.m. on Monday', value: '2021-12-27T15:00' },
  { topic: 'clock', text: 'The talks began at 15:00 GMT.', ref: T, span: 'at 15:00 GMT', value: '2021-12-28T15:00Z' },
  { topic: 'clock', text: 'He will speak on Thursday at 9am in Geneva.', ref: T, span: 'on Thursday at 9am', value: '2021-12-30T09:00' },
  { topic: 'listed-days', text: 'on 9 and 10 January', ref: T, value: '2022-01-09' },
  { topic: 'listed-days', text: 'on 9 and 10 January', ref: T, span: '10 January', value: '2022-01-10' },
  { topic: 'listed-days', text: 'Talks were held on December 2, 3 and 4.', ref: T, span: '4', value: '2021-12-04' },
  { topic: 'bare-day', text: 'The talks were held on the 12th.', ref: T, value: '2021-12-12' },
  { topic: 'bare-day', text: 'The talks will resume on the 12th.', ref: T, value: '2022-01-12' },
  { topic: 'span', text: 'It was the first summit in Baghdad in 20 years.', ref: '2017-10-04', span: 'in 20 years', value: 'P20Y' },
  { topic: 'span', text: 'The region suffered the worst drought in 40 years.', ref: T, span: 'in 40 years', value: 'P40Y' },
  { topic: 'span', text: "It hasn't happened in ten years.", ref: T, span: 'in ten years', value: 'P10Y' },
  { topic: 'span', text: 'The bridge will be completed in 20 years.', ref: T, span: 'in 20 years', value: '2041' },
  { topic: 'anchored', text: "It's like Spain in 1936. The brigades had come eight decades earlier.", ref: '2018-03-16', span: 'eight decades earlier', value: '193' },
  { topic: 'month-day', text: 'Both sides prepared for security talks in Geneva on Jan. 10.', ref: '2021-12-31', span: 'on Jan. 10', value: '2022-01-10' },
  { topic: 'month-day', text: 'The congress, initially set for 18 November, was postponed.', ref: '2017-11-20', span: '18 November', value: '2017-11-18' },
  { topic: 'todo', text: 'in recent days', ref: T, value: null, todo: 'vague past references (PAST_REF) are not tagged' },
];

/** All cases: the weekday matrix and the hand-written ones. */
export const TIME_CASES: readonly TimeCase[] = [...weekdayMatrix(), ...HAND];
