/**
 * What lists call an article: its title, or for an article without one (wire text, a CSV without a
 * title column) the opening words of its lead, marked as such. Every reader of the store (CLI, API,
 * UI) takes it from here, so they agree.
 */

/** At most this many words of the lead make a title. */
export const LEAD_WORDS = 10;

/** ... and at most this many characters (a lead that opens with a long URL). */
const LEAD_CHARS = 90;

/** What a title made from the lead needs to read: the text's opening characters. */
export const LEAD_PREFIX_CHARS = 600;

/**
 * SQL for the opening of an untitled article's text over alias `a` (articles), null when it has a
 * title; read with {@link articleTitle}. Only the prefix is read, never the whole text.
 */
export const LEAD_SQL = `CASE WHEN a.title IS NULL OR trim(a.title) = '' THEN substr(a.text, 1, ${LEAD_PREFIX_CHARS}) END`;

// "MOSCOW, Dec 23 (Reuters) - " or "KYIV (AP) — ": the wire's dateline, not the story.
const WIRE_DATELINE = /^[A-Z][A-Z .'’-]{1,40}(?:,[^()\n]{1,30})?\s*\([^()\n]{1,40}\)\s*[-–—]+\s*/;

// A sentence ends at . ! or ? after a word of two or more lower-case letters (not "U.S." or "Dec."
// or "Mr."), a digit or a closing quote, before a space and a capital or the end.
const SENTENCE_END = /(?<=[a-z]{2}|[0-9%)"”’'])[.!?](?=\s+["“‘']?[A-Z]|\s*$)/;

/**
 * The first words of a text's first sentence, for an article without a title: at most
 * {@link LEAD_WORDS} words, cut at a word boundary with an ellipsis when the sentence goes on; a
 * wire dateline ("MOSCOW, Dec 23 (Reuters) -") is left out.
 *
 * @param text - The article text (its opening is enough).
 * @returns The words, or null for a text without any.
 * @example
 * leadTitle('MOSCOW, Dec 23 (Dateline) - President Vladimir Putin said on Thursday that Russia needed guarantees.');
 * // "President Vladimir Putin said on Thursday that Russia needed guarantees…"
 * leadTitle('Talks failed. Both sides left.'); // "Talks failed"
 */
export function leadTitle(text: string): string | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  const body = flat.replace(WIRE_DATELINE, '') || flat;
  if (!/[\p{L}\p{N}]/u.test(body)) return null;
  const end = SENTENCE_END.exec(body);
  const sentence = end ? body.slice(0, end.index) : body;
  const words = sentence.split(' ');
  let lead = words.slice(0, LEAD_WORDS).join(' ');
  let cut = words.length > LEAD_WORDS;
  if (lead.length > LEAD_CHARS) {
    const space = lead.lastIndexOf(' ', LEAD_CHARS);
    lead = lead.slice(0, space > LEAD_CHARS / 2 ? space : LEAD_CHARS);
    cut = true;
  }
  return cut ? `${lead.replace(/[\s,;:–—-]+$/, '')}…` : lead;
}

/** What to call an article in a list. */
export interface ArticleTitle {
  /** The title, or the opening words of the lead when it has none (see `titleFromLead`). */
  displayTitle: string;
  /** True when `displayTitle` is the lead's opening words, not a title: show it as such. */
  titleFromLead: boolean;
}

/** What an article with neither a title nor any words is called. */
export const NO_TITLE = 'Untitled article';

/**
 * The title to show for an article: its own when it has one, else the opening words of its lead
 * (`titleFromLead: true`).
 *
 * @param title - The stored title, possibly null or blank.
 * @param lead - The text, or its opening ({@link LEAD_SQL}); ignored when there is a title.
 * @returns `displayTitle` and `titleFromLead`.
 * @example
 * articleTitle(null, 'Russia warned Ukraine on Tuesday that the talks would fail.');
 * // { displayTitle: 'Russia warned Ukraine on Tuesday that the talks would fail', titleFromLead: true }
 */
export function articleTitle(title: string | null | undefined, lead: string | null | undefined): ArticleTitle {
  if (title && title.trim() !== '') return { displayTitle: title, titleFromLead: false };
  const words = lead ? leadTitle(lead) : null;
  return words ? { displayTitle: words, titleFromLead: true } : { displayTitle: NO_TITLE, titleFromLead: false };
}
