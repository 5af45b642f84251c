import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { problem, type Location, type Problem } from '../errors.ts';
import { blankToNull, buildArticle, defaultDateOf, tidyText } from './article.ts';
import { parseDate } from './dates.ts';
import { htmlToText } from './html-text.ts';
import type { ArticleInput, ReadOptions, ReadResult } from './types.ts';

/** The two feed dialects read. */
export type FeedKind = 'rss' | 'atom';

// Elements holding article text: kept as raw XML so markup, CDATA and escaped HTML can be told
// apart (the parser would otherwise mix them up or scatter XHTML content into objects).
const TEXT_ELEMENTS = ['content:encoded', 'content', 'description', 'summary'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Keep every value a string: a guid "123" or a title "2021" must not become a number.
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  stopNodes: TEXT_ELEMENTS.map((name) => `*.${name}`),
});

type XmlNode = Record<string, unknown>;

/** One item or entry with what its feed says about all of them. */
interface FeedItem {
  node: XmlNode;
  kind: FeedKind;
  /** 1-based position in the feed. */
  number: number;
  /** Line of its opening tag, when found. */
  line: number | undefined;
  source: string | null;
  lang: string | null;
}

/**
 * Reads an RSS 2.0 or Atom feed: one article per `<item>` or `<entry>`. The date comes from
 * `pubDate` (RFC 822) or `dc:date`, for Atom `published` then `updated`; the text from
 * `content:encoded`, `content`, `description` or `summary` with markup removed and paragraphs as
 * blank lines; the source from the channel or feed title; `guid` / `id` become `externalId`.
 *
 * @param content - The feed's XML.
 * @param file - Name used in problems and origins.
 * @param options - `defaultDate` for items without a date; `defaultSource` for untitled feeds.
 * @returns One article per good item; a bad item is a problem naming its line and item number
 *   (`row`); malformed XML is a single `E_INGEST_XML` problem.
 * @example
 * readFeed(rssXml, 'news.rss').articles.map((a) => a.title);
 */
export function readFeed(content: string, file: string, options: ReadOptions = {}): ReadResult {
  const valid = XMLValidator.validate(content);
  if (valid !== true) {
    return { articles: [], problems: [problem('E_INGEST_XML', { detail: describeXmlError(valid.err.msg) }, { file, line: valid.err.line })] };
  }
  let doc: XmlNode;
  try {
    doc = parser.parse(content) as XmlNode;
  } catch (error) {
    // The validator passes some things the parser refuses (entity declarations, mostly).
    return { articles: [], problems: [problem('E_INGEST_XML', { detail: (error as Error).message }, { file })] };
  }
  const items = feedItems(doc, content);
  if (!items) return { articles: [], problems: [problem('E_INGEST_NOT_A_FEED', {}, { file })] };

  const articles: ArticleInput[] = [];
  const problems: Problem[] = [];
  for (const item of items) {
    const outcome = readItem(item, file, options);
    if ('problem' in outcome) problems.push(outcome.problem);
    else articles.push(outcome.article);
  }
  return { articles, problems };
}

function feedItems(doc: XmlNode, content: string): FeedItem[] | null {
  const rss = asNode(doc.rss);
  const channel = asNode(rss?.channel);
  const atom = asNode(doc.feed);
  let kind: FeedKind;
  let container: XmlNode;
  let nodes: unknown[];
  if (channel) {
    [kind, container, nodes] = ['rss', channel, asArray(channel.item)];
  } else if (atom) {
    [kind, container, nodes] = ['atom', atom, asArray(atom.entry)];
  } else {
    return null;
  }
  const lines = openingTagLines(content, kind === 'rss' ? 'item' : 'entry');
  const source = inlineText(container.title);
  const feedLang = blankToNull(textOf(container.language) ?? textOf(container['@_xml:lang']));
  return nodes.map((node, index) => {
    const itemNode = asNode(node) ?? {};
    return {
      node: itemNode,
      kind,
      number: index + 1,
      line: lines.length === nodes.length ? lines[index] : undefined,
      source,
      lang: blankToNull(textOf(itemNode['@_xml:lang'])) ?? feedLang,
    };
  });
}

function readItem(item: FeedItem, file: string, options: ReadOptions): { article: ArticleInput } | { problem: Problem } {
  const { node, kind } = item;
  const origin: Location = item.line === undefined ? { file, row: item.number } : { file, line: item.line, row: item.number };
  const dateField = kind === 'rss' ? ['pubDate', 'dc:date'] : ['published', 'updated'];
  const rawDate = dateField.map((name) => blankToNull(textOf(node[name]))).find((v) => v !== null) ?? null;

  const text = itemText(node);
  if (!text) return { problem: problem('E_INGEST_EMPTY_TEXT', {}, origin) };

  let date = rawDate === null ? null : parseDate(rawDate);
  if (rawDate !== null && !date) return { problem: problem('E_INGEST_BAD_DATE', { value: JSON.stringify(rawDate) }, origin) };
  date ??= defaultDateOf(options);
  if (!date) return { problem: problem('E_INGEST_MISSING_FIELD', { field: dateField[0]! }, origin) };

  const guid = textOf(node.guid) ?? textOf(node.id);
  const article = buildArticle(
    // RSS lets an item name its own <source>, as aggregators do.
    { date, text, origin, title: inlineText(node.title), source: inlineText(node.source) ?? item.source, url: itemLink(node, guid), lang: item.lang, externalId: guid },
    options,
  );
  return { article };
}

/** The first non-empty text element, markup removed. */
function itemText(node: XmlNode): string {
  for (const name of TEXT_ELEMENTS) {
    const value = node[name];
    const raw = textOf(value);
    if (raw === null) continue;
    const type = asNode(value)?.['@_type'];
    let text: string;
    if (type === 'xhtml') text = htmlToText(raw);
    else if (type === 'text') text = tidyText(unwrapXmlText(raw).replace(/[ \t]+/g, ' '));
    else text = htmlToText(unwrapXmlText(raw));
    if (text) return text;
  }
  return '';
}

function itemLink(node: XmlNode, guid: string | null): string | null {
  for (const link of asArray(node.link)) {
    if (typeof link === 'string' && link.trim()) return link.trim();
    const attrs = asNode(link);
    const rel = attrs?.['@_rel'];
    if (attrs && typeof attrs['@_href'] === 'string' && (rel === undefined || rel === 'alternate')) return attrs['@_href'];
  }
  const guidNode = asNode(node.guid);
  const permaLink = guidNode?.['@_isPermaLink'] !== 'false';
  return permaLink && guid && /^https?:\/\//.test(guid) ? guid : null;
}

/**
 * The text of a raw XML element body: CDATA sections taken as they are, XML entities decoded
 * elsewhere. Named HTML entities (`&nbsp;`) are left for the HTML parser that reads the result.
 */
function unwrapXmlText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXmlEntities(part)))
    .join('');
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return XML_ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Titles may carry escaped markup or doubly escaped entities; reduce them to one line of text. */
function inlineText(value: unknown): string | null {
  const raw = textOf(value);
  return raw === null ? null : blankToNull(htmlToText(raw).replace(/\s+/g, ' '));
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const node = asNode(value);
  return node ? textOf(node['#text'] ?? '') : null;
}

function asNode(value: unknown): XmlNode | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as XmlNode) : null;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Lines where each `<tag` opens, ignoring CDATA and comments, so a problem can point at its item.
 * The parser keeps no positions; this scan agrees with it whenever the counts match.
 */
function openingTagLines(xml: string, tag: string): number[] {
  const masked = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '));
  const lines: number[] = [];
  const pattern = new RegExp(`<${tag}[\\s/>]`, 'g');
  let line = 1;
  let scanned = 0;
  for (let m = pattern.exec(masked); m; m = pattern.exec(masked)) {
    for (; scanned < m.index; scanned++) if (masked[scanned] === '\n') line++;
    lines.push(line);
  }
  return lines;
}

/** fast-xml-parser reports unclosed tags as a JSON dump; say it in words. */
function describeXmlError(message: string): string {
  const unclosed = /^Invalid '\[([\s\S]*)\]' found\.$/.exec(message);
  if (!unclosed) return message;
  const tags = unclosed[1]!.split(',').map((t) => t.trim().replace(/^"|"$/g, '')).filter(Boolean);
  return `unclosed ${tags.length === 1 ? 'tag' : 'tags'} ${tags.join(', ')}`;
}
