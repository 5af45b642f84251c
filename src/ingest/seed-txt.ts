import { problem, type Problem } from '../errors.ts';
import { buildArticle, defaultDateOf } from './article.ts';
import { parseDate, type ParsedDate } from './dates.ts';
import type { ArticleInput, ReadOptions, ReadResult } from './types.ts';

/** Longest line still taken for a story title. Headlines run to about 100 characters. */
export const MAX_TITLE_LENGTH = 120;

// `date 2021-12-28` or `date 2021-12-28T09:30:00+03:00`, optionally followed by the text itself on the
// same line (the seed files do that). The date must at least look like one, so a story that opens
// with the word "Date" is not mistaken for a header.
const HEADER_PATTERN = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2}\S*)(?:[ \t]+(.*))?$/i;

// Sentence ends, lead-ins to a quote, closing quotes and brackets: a line ending in one is prose.
const PROSE_ENDING = /[.!?:;,\u2026"'\u201D\u2019\u00BB)\]]$/;
// Bullets and numbered list items are short and unpunctuated but are not headlines.
const LIST_ITEM = /^(?:[-*\u2022\u2013\u2014]\s|\d+[.)]\s)/;

/** A run of non-blank lines. */
interface Block {
  lines: string[];
  /** 1-based line number of the first line in the file. */
  line: number;
}

interface Story {
  title: string | null;
  line: number;
  paragraphs: string[];
}

/**
 * Whether a line reads like a headline: short, at least two words, starting with a capital or a
 * digit, and not ending the way prose does (`.`, `!`, `?`, `:`, a closing quote or bracket).
 *
 * @param line - One line of text.
 * @returns True when the line can be a story title.
 * @example
 * isTitleLike('Situation at Afghan-Tajik border a concern: Russia'); // true
 * isTitleLike('Lavrov said talks would start.'); // false
 */
export function isTitleLike(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_TITLE_LENGTH) return false;
  if (PROSE_ENDING.test(text) || LIST_ITEM.test(text) || text.startsWith('(')) return false;
  if (!/^[\p{Lu}\p{Lt}\p{N}"'\u201C\u2018]/u.test(text)) return false;
  return text.split(/\s+/).length >= 2;
}

/**
 * Reads the seed text format: a first line `date YYYY-MM-DD` (or `date` and an ISO timestamp), the
 * text possibly continuing on that line, then paragraphs separated by blank lines. A file may hold
 * several stories: a one-line paragraph that {@link isTitleLike} and is followed by a prose
 * paragraph starts a new story with that line as its title. A plain `.txt` without the header is
 * one or more stories dated `options.defaultDate`.
 *
 * @param content - The file's text (BOM already removed).
 * @param file - Name used in problems and origins.
 * @param options - `defaultDate` for files without a header; `defaultSource`.
 * @returns One article per story; a missing or bad date is a single problem for the file.
 * @example
 * readSeedText('date 2021-12-28\n\nTalks will start in January.', 'a.txt').articles[0]?.date; // "2021-12-28"
 */
export function readSeedText(content: string, file: string, options: ReadOptions = {}): ReadResult {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const dated = readHeader(lines, file, options);
  if ('problem' in dated) return { articles: [], problems: [dated.problem] };

  const stories = splitStories(toBlocks(lines, dated.bodyStart));
  if (stories.length === 0) {
    return { articles: [], problems: [problem('E_INGEST_EMPTY_TEXT', {}, { file, line: dated.headerLine ?? 1 })] };
  }
  const articles: ArticleInput[] = stories.map((story) =>
    buildArticle({ date: dated.date, title: story.title, text: story.paragraphs.join('\n\n'), origin: { file, line: story.line } }, options),
  );
  return { articles, problems: [] };
}

type HeaderOutcome =
  | { date: ParsedDate; headerLine: number | null; bodyStart: number }
  | { problem: Problem };

/** Finds the date header, consuming it from `lines` (the text after the date stays as body). */
function readHeader(lines: string[], file: string, options: ReadOptions): HeaderOutcome {
  const first = lines.findIndex((l) => l.trim() !== '');
  const match = first >= 0 ? HEADER_PATTERN.exec(lines[first]!) : null;
  if (!match) {
    const fallback = defaultDateOf(options);
    if (!fallback) return { problem: problem('E_INGEST_NO_DATE', {}, { file }) };
    return { date: fallback, headerLine: null, bodyStart: 0 };
  }
  const line = first + 1;
  const date = parseDate(match[1]!);
  if (!date) return { problem: problem('E_INGEST_BAD_DATE', { value: JSON.stringify(match[1]) }, { file, line }) };
  lines[first] = match[2] ?? '';
  return { date, headerLine: line, bodyStart: first };
}

function toBlocks(lines: string[], start: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i]!.trim();
    if (text === '') {
      current = null;
    } else if (current) {
      current.lines.push(text);
    } else {
      current = { lines: [text], line: i + 1 };
      blocks.push(current);
    }
  }
  return blocks;
}

function isTitleBlock(blocks: Block[], index: number): boolean {
  const block = blocks[index]!;
  const next = blocks[index + 1];
  if (block.lines.length !== 1 || !isTitleLike(block.lines[0]!) || !next) return false;
  // "Followed by a paragraph": two headline-like lines in a row are more likely a list or a
  // standfirst than a title, so only the one right before prose counts.
  return next.lines.length > 1 || !isTitleLike(next.lines[0]!);
}

function splitStories(blocks: Block[]): Story[] {
  const stories: Story[] = [];
  let current: Story | null = null;
  blocks.forEach((block, index) => {
    const text = block.lines.join('\n');
    if (isTitleBlock(blocks, index)) {
      current = { title: text, line: block.line, paragraphs: [] };
      stories.push(current);
    } else if (current) {
      current.paragraphs.push(text);
    } else {
      current = { title: null, line: block.line, paragraphs: [text] };
      stories.push(current);
    }
  });
  return stories;
}
