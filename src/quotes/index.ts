/**
 * The quote stage: direct and partial quotations with speaker and date (`spans.quotes`), and
 * statements that are not PLOVER events — denials, concerns, warnings, claims (`spans.statements`).
 * Word lists live in `data/lexicons/quotes/`; see data/README.md "## Quotes and statements".
 */
import type { Doc } from '../doc/index.ts';
import type { Component } from '../nlp/pipeline.ts';
import { DocIndex } from './context.ts';
import type { QuoteLexicon } from './lexicon.ts';
import { findQuotes } from './quotes.ts';
import { findStatements } from './statements.ts';

export { loadQuoteLexicon, type QuoteLexicon, type StatementCue, type LoadQuoteLexiconOptions } from './lexicon.ts';
export { findQuoteMarks, type RawQuote } from './marks.ts';

/**
 * Tags the quotes and statements of `doc` in place (needs sentences, tokens, actors and timex).
 *
 * @example
 * tagQuotes(doc, loadQuoteLexicon(DEFAULT_DATA_DIR));
 * doc.spans.quotes?.[0]?.speaker?.actor.name; // 'Sergey Lavrov'
 */
export function tagQuotes(doc: Doc, lexicon: QuoteLexicon): void {
  const ix = new DocIndex(doc, lexicon);
  doc.spans.quotes = findQuotes(ix);
  doc.spans.statements = findStatements(ix);
}

/** The quote stage as a pipeline component, to run after segmenter, actors and timex. */
export function createQuoteTagger(lexicon: QuoteLexicon): Component {
  return {
    name: 'quotes',
    assigns: ['quotes', 'statements'],
    requires: ['sentences', 'tokens', 'actors', 'timex'],
    run(doc: Doc): void {
      tagQuotes(doc, lexicon);
    },
  };
}
