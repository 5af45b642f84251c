import type { NamedPeriod, Part, Season, Unit } from './lexicon.ts';

/**
 * What the matcher understood a temporal expression to mean, before it is resolved against the
 * article date. The resolver turns an Expr into a value; the matcher never does date arithmetic.
 */
export type Expr =
  /** A calendar day; without `year` the year is picked by tense (`on January 12`). */
  | { k: 'date'; year?: number; month: number; day: number; weekday?: number }
  /** A numeric date whose day/month order is unclear (`12/01/2022`): the reading nearer the article date wins. */
  | { k: 'numeric'; a: number; b: number; year: number }
  /** `relYear`: "January of last year"; `rel`: "last January" (the latest January before this month). */
  | { k: 'month'; month: number; year?: number; relYear?: -1 | 0 | 1; rel?: -1 | 0 | 1 }
  | { k: 'year'; year: number }
  /** `1990` for the 1990s. `twoDigit`: written `'90s`, century picked relative to the article date. */
  | { k: 'decade'; start: number; twoDigit?: boolean }
  /** Ordinal century: 21 for the 21st century. */
  | { k: 'century'; ordinal: number }
  | { k: 'season'; season: Season; year?: number; rel?: -1 | 0 | 1 }
  /** A quarter or half (`Q3 2023`, `the first half of next year`); `of` is the year it is in, if given. */
  | { k: 'sub'; sub: 'Q' | 'H'; n: number; of?: Expr }
  /** A weekday: `rel` from last/this/next; `week` from "Monday next week". */
  | { k: 'weekday'; weekday: number; rel?: -1 | 0 | 1; week?: -1 | 0 | 1 }
  /** A day of the month with no month: `on the 12th`; the month is picked by tense, nearest otherwise. */
  | { k: 'monthday'; day: number }
  /**
   * A time of day: `at 3 p.m.`, `at 15:00 GMT` (`utc`), `on Monday at 3 p.m.` (`day`). Without a day it
   * is on the day in context: the date just before it in the sentence, else the article date.
   */
  | { k: 'clock'; hour: number; minute: number; utc?: boolean; day?: Expr }
  /** today 0, yesterday -1, tomorrow 1. */
  | { k: 'relday'; offset: number }
  /** Calendar unit relative to the article date: `last week` (-1), `this month` (0), `in two weeks` (+2), `two years ago` (-2). */
  | { k: 'relunit'; unit: Unit; offset: number }
  /** Relative to the date in context: `the day before` (-1), `two days later` (+2), `that day` (0). */
  | { k: 'anchored'; unit: Unit; offset: number }
  /** A stretch ending or starting at the article date: `the past three weeks` (-3), `the next two years` (+2). */
  | { k: 'rolling'; unit: Unit; n: number; dir: -1 | 1 }
  /** `the weekend` (rel undefined: by tense), `this weekend` (0), `last weekend` (-1). */
  | { k: 'weekend'; rel?: -1 | 0 | 1 }
  | { k: 'named'; period: NamedPeriod; year?: number; rel?: -1 | 0 | 1; generic: boolean }
  /** A part of a period: `early 2022`, `mid-January`, `earlier this month`, `the end of the year`. */
  | { k: 'part'; part: Part; of: Expr }
  /** `the first week of January` (n 1), `the last week of December` (n -1): seven days counted from the edge. */
  | { k: 'nthweek'; n: number; of: Expr }
  /** A date shifted by a count of units: `two days before Christmas`. */
  | { k: 'shift'; unit: Unit; offset: number; of: Expr }
  | { k: 'range'; from: Expr; to: Expr }
  /**
   * An open range. `from`: `since X` (X/..); `until`: `till X` (../X); `after`: `after X` (the next
   * unit on, open); `before`: `before X`; `endof`: `by the end of X` (../last day of X);
   * `startof`: `since the start of X` (first day of X/..).
   */
  | { k: 'open'; how: 'from' | 'until' | 'after' | 'before' | 'endof' | 'startof'; of: Expr }
  /** `for three days` (n 3, unit day); n null for `for several days`. */
  | { k: 'duration'; unit: Unit; n: number | null }
  /** `every Monday` (weekday), `every week` (unit). */
  | { k: 'set'; weekday?: number; unit?: Unit; n?: number }
  /** Found but not resolvable (`a few days ago`). */
  | { k: 'vague' };

/** One expression the matcher found in a sentence, in atom indices (end exclusive). */
export interface Match {
  first: number;
  end: number;
  expr: Expr;
  /** Rule id for provenance, e.g. `time:weekday`. */
  rule: string;
}
