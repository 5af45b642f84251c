/**
 * GET /api/articles/:id: one article with every annotation, offsets into its text, for the reader.
 */
import { articleEvents, quoteJson, statementJson, type ArticleView, type EventRow, type StoredArticle, type Store, type TextWindow } from '../index.ts';

/**
 * The reader's view of a stored article, or null when no article has this id.
 *
 * @param store - The open store.
 * @param id - The article id.
 * @returns The view.
 * @example
 * articleView(store, id)?.events.length;
 */
export function articleView(store: Store, id: string): ArticleView | null {
  const article = store.getArticle(id);
  return article ? shape(article, articleEvents(store.db, id)) : null;
}

function shape(a: StoredArticle, events: EventRow[]): ArticleView {
  const window: TextWindow = { text: a.text, start: 0 };
  const slice = (start: number, end: number): string => a.text.slice(start, end);
  return {
    id: a.id, date: a.date, title: a.title, displayTitle: a.displayTitle, titleFromLead: a.titleFromLead, source: a.source, url: a.url, published: a.published, text: a.text,
    sentences: a.sentences.map((s, idx) => ({ idx, start: s.start, end: s.end })),
    mentions: a.mentions.map((m, idx) => ({
      idx, start: m.start, end: m.end, text: slice(m.start, m.end),
      actor: { id: m.actor.id, name: m.actor.name, country: m.actor.country, sector: m.actor.sector, org: m.actor.org, role: m.actor.role ?? null },
      rule: m.rule, reason: m.reason,
    })),
    timex: a.timex.map((t) => ({ start: t.start, end: t.end, text: slice(t.start, t.end), value: t.value, type: t.type, rule: t.rule })),
    events,
    quotes: a.quotes.map((q) => quoteJson(window, q)),
    statements: a.statements.map((s) => statementJson(window, s)),
  };
}
