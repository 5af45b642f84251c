import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { problem } from '../errors.ts';
import { blankToNull, buildArticle, defaultDateOf } from './article.ts';
import { parseDate, type ParsedDate } from './dates.ts';
import { nodeToText } from './html-text.ts';
import type { ReadOptions, ReadResult } from './types.ts';

// `<meta>` keys (attribute:value, lower case) that carry the publication date, best first.
const META_DATE_KEYS = [
  'property:article:published_time',
  'name:article:published_time',
  'name:date',
  'name:pubdate',
  'name:publish-date',
  'name:dc.date',
  'name:dc.date.issued',
  'name:dcterms.date',
  'itemprop:datepublished',
];

// Page furniture left out by the fallback extraction.
const FURNITURE = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg';

/** What the page says about itself, read before Readability rewrites the document. */
interface PageMetadata {
  /** Date strings found, best source first. */
  dates: string[];
  title: string | null;
  source: string | null;
  url: string | null;
  lang: string | null;
}

/**
 * Reads a saved HTML page as one article. The main text comes from Mozilla Readability over a
 * linkedom document, with paragraph breaks kept as blank lines; if Readability finds nothing, the
 * text of `<article>`, `<main>` or `<body>` minus navigation is used. The date comes from
 * `article:published_time`, `<meta name=date|pubdate|publish-date|dc.date>`, `itemprop=datePublished`,
 * JSON-LD `datePublished` (also inside `@graph`), then `<time datetime>`; the title from `og:title`,
 * `<title>`, then Readability.
 *
 * @param content - The page's HTML.
 * @param file - Name used in problems and origins.
 * @param options - `defaultDate` when the page carries no date; `defaultSource`.
 * @returns One article, or one problem (`E_INGEST_NO_DATE`, `E_INGEST_BAD_DATE`, `E_INGEST_HTML_NO_TEXT`).
 * @example
 * readHtml(pageHtml, 'saved/talks.html').articles[0]?.date; // "2021-12-28"
 */
export function readHtml(content: string, file: string, options: ReadOptions = {}): ReadResult {
  const { document } = parseHTML(content);
  const meta = readMetadata(document);

  const date = chooseDate(meta.dates, options);
  if ('code' in date) return { articles: [], problems: [problem(date.code, date.params, { file })] };

  const extracted = extractWithReadability(document) ?? extractFallback(content);
  if (!extracted.text) return { articles: [], problems: [problem('E_INGEST_HTML_NO_TEXT', {}, { file })] };

  const article = buildArticle(
    {
      date, text: extracted.text, origin: { file },
      title: meta.title ?? extracted.title, source: meta.source, url: meta.url, lang: meta.lang ?? extracted.lang,
    },
    options,
  );
  return { articles: [article], problems: [] };
}

type DateChoice = ParsedDate | { code: 'E_INGEST_NO_DATE' | 'E_INGEST_BAD_DATE'; params: Record<string, string> };

/** The first parseable page date; else the default; else say whether a date was there but unreadable. */
function chooseDate(candidates: string[], options: ReadOptions): DateChoice {
  for (const candidate of candidates) {
    const parsed = parseDate(candidate);
    if (parsed) return parsed;
  }
  const fallback = defaultDateOf(options);
  if (fallback) return fallback;
  const first = candidates[0];
  return first === undefined ? { code: 'E_INGEST_NO_DATE', params: {} } : { code: 'E_INGEST_BAD_DATE', params: { value: JSON.stringify(first) } };
}

function readMetadata(document: Document): PageMetadata {
  const metas = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !metas.has(`${attr}:${key}`)) metas.set(`${attr}:${key}`, content);
    }
  }
  const fromMeta = (...keys: string[]): string | null => blankToNull(keys.map((k) => metas.get(k)).find(Boolean));

  const dates = [
    ...META_DATE_KEYS.map((key) => metas.get(key)),
    ...Array.from(document.querySelectorAll('[itemprop="datePublished"]')).map((el) => el.getAttribute('datetime') ?? el.textContent),
    ...jsonLdDates(document),
    ...Array.from(document.querySelectorAll('time[datetime]')).map((el) => el.getAttribute('datetime')),
  ].map((d) => blankToNull(d)).filter((d): d is string => d !== null);

  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  return {
    dates,
    title: fromMeta('property:og:title', 'name:og:title') ?? blankToNull(document.querySelector('title')?.textContent),
    source: fromMeta('property:og:site_name', 'name:og:site_name'),
    url: blankToNull(canonical) ?? fromMeta('property:og:url', 'name:og:url'),
    lang: blankToNull(document.documentElement?.getAttribute('lang')),
  };
}

/** `datePublished` values from every JSON-LD block, looking inside arrays and `@graph`. */
function jsonLdDates(document: Document): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.datePublished === 'string') found.push(record.datePublished);
      if (record['@graph'] !== undefined) visit(record['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common on real pages; the other date sources still apply.
    }
  }
  return found;
}

interface Extracted {
  text: string;
  title: string | null;
  lang: string | null;
}

function extractWithReadability(document: Document): Extracted | null {
  let result: ReturnType<Readability<Node>['parse']>;
  try {
    // The serializer hands back the content element itself, so paragraphs can be walked without re-parsing.
    result = new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch {
    return null;
  }
  const text = result?.content ? nodeToText(result.content) : '';
  if (!text) return null;
  return { text, title: blankToNull(result?.title), lang: blankToNull(result?.lang) };
}

function extractFallback(content: string): Extracted {
  // A fresh document: Readability has already pruned the first one.
  const { document } = parseHTML(content);
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  if (!root) return { text: '', title: null, lang: null };
  root.querySelectorAll(FURNITURE).forEach((el) => el.remove());
  return { text: nodeToText(root), title: null, lang: null };
}
