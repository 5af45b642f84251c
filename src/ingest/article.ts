import { DatelineError, type Location } from '../errors.ts';
import { wellFormed } from '../doc/index.ts';
import { parseDate, type ParsedDate } from './dates.ts';
import { normaliseForIdentity } from './identity.ts';
import type { ArticleInput, ReadOptions } from './types.ts';

/** What a reader knows about one record; {@link buildArticle} fills in and tidies the rest. */
export interface ArticleFields {
  date: ParsedDate;
  text: string;
  origin: Location;
  title?: string | null;
  source?: string | null;
  url?: string | null;
  lang?: string | null;
  externalId?: string | null;
}

/**
 * Tidies article text: LF line ends, no trailing spaces on lines, paragraphs separated by exactly
 * one blank line, no surrounding whitespace.
 *
 * @param text - Raw text.
 * @returns The tidied text, `''` when nothing but whitespace was given.
 * @example
 * tidyText('One.\r\n\r\n\r\nTwo.  \n'); // "One.\n\nTwo."
 */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00A0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A trimmed string, or null for null, undefined or blank.
 *
 * @param value - Any optional text.
 * @returns The trimmed text or null.
 * @example
 * blankToNull('  '); // null
 */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/**
 * Removes the title from the start of the text when the source repeated it there as the first
 * paragraph (HTML pages and feeds often do), because the contract says the text does not repeat it.
 *
 * @param title - The article title or null.
 * @param text - Tidied text.
 * @returns The text without a leading copy of the title.
 * @example
 * dropRepeatedTitle('Talks', 'Talks\n\nThey met.'); // "They met."
 */
export function dropRepeatedTitle(title: string | null, text: string): string {
  if (!title) return text;
  const breakAt = text.indexOf('\n\n');
  if (breakAt < 0) return text;
  const first = text.slice(0, breakAt);
  return normaliseForIdentity(first) === normaliseForIdentity(title) ? text.slice(breakAt + 2).trimStart() : text;
}

/**
 * Unicode normalisation of every string an article carries, applied once, before any offset is
 * taken: lone UTF-16 surrogates become U+FFFD ({@link wellFormed}), then the text is put in NFC.
 * Offsets are into the stored (normalised) text, which may differ from the input's bytes.
 *
 * @param text - A field as the reader found it.
 * @returns Well-formed NFC text.
 * @example
 * normaliseUnicode('Erdog\u0306an\uD800'); // "Erdoğan\uFFFD"
 */
export function normaliseUnicode(text: string): string {
  return wellFormed(text).normalize('NFC');
}

/**
 * Builds an {@link ArticleInput} from a reader's fields: Unicode normalised ({@link normaliseUnicode}),
 * text tidied, repeated title dropped, blank optional fields as null, the source defaulting to
 * `options.defaultSource`. Every reader passes through here, so this is where input text is normalised.
 *
 * @param fields - What the reader found.
 * @param options - Reader options (for `defaultSource`).
 * @returns The article.
 * @example
 * buildArticle({ date: { date: '2021-12-28', published: null }, text: 'Hi.', origin: { file: 'a.txt' } }, {});
 */
export function buildArticle(fields: ArticleFields, options: ReadOptions): ArticleInput {
  const norm = (value: string | null | undefined): string | null | undefined => (value ? normaliseUnicode(value) : value);
  const title = blankToNull(norm(fields.title)?.replace(/\s+/g, ' '));
  return {
    date: fields.date.date,
    published: fields.date.published,
    title,
    text: dropRepeatedTitle(title, tidyText(normaliseUnicode(fields.text))),
    source: blankToNull(norm(fields.source)) ?? blankToNull(norm(options.defaultSource)),
    url: blankToNull(norm(fields.url)),
    lang: blankToNull(norm(fields.lang)),
    externalId: blankToNull(norm(fields.externalId)),
    origin: fields.origin,
  };
}

/**
 * The date to use for records that carry none, from `options.defaultDate`.
 *
 * @param options - Reader options.
 * @returns The parsed default date, or null when none was given.
 * @throws DatelineError `E_USAGE_BAD_DATE` when `defaultDate` is not a valid date: that is a
 *   mistake in the call, not in the data, so no reader can work around it.
 * @example
 * defaultDateOf({ defaultDate: '2021-12-28' }); // { date: '2021-12-28', published: null }
 */
export function defaultDateOf(options: ReadOptions): ParsedDate | null {
  if (options.defaultDate === undefined) return null;
  const parsed = parseDate(options.defaultDate);
  if (!parsed) throw new DatelineError('E_USAGE_BAD_DATE', { value: JSON.stringify(options.defaultDate), option: 'defaultDate' });
  return parsed;
}
