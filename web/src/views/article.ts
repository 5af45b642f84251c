/**
 * Article reader (`#/article/ID?s=3&e=EVENT`, or `?at=OFFSET`): the text with its annotations, the requested
 * sentence scrolled into view and marked, and side lists of its events, quotes and statements.
 */
import { getJson } from '../api.ts';
import { annotatedText, highlightLegend } from '../article-text.ts';
import { shortDate } from '../dates.ts';
import { h, link } from '../dom.ts';
import { eventHref, participantCode, participants, statusBadge, typeLabel } from '../event-list.ts';
import { href } from '../router.ts';
import type { ArticleDetail } from '../types.ts';
import { articleTitle, emptyNote, type View } from '../view.ts';

/** Only web links leave the app: a stored `javascript:` URL must never become a clickable link. */
function safeExternalUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function eventsPanel(article: ArticleDetail, selected: string | null): HTMLElement {
  const items = [...article.events].sort((a, b) => a.start - b.start);
  return h(
    'section',
    { class: 'side-panel', attrs: { 'aria-labelledby': 'side-events' } },
    h('h2', { attrs: { id: 'side-events' } }, `Events (${items.length})`),
    items.length === 0
      ? emptyNote('No events coded in this article.')
      : h(
          'ol',
          { class: 'side-list' },
          ...items.map((e) =>
            h(
              'li',
              { class: e.id === selected ? 'current' : '' },
              h(
                'a',
                { attrs: { href: eventHref(e), 'aria-current': e.id === selected ? 'true' : null } },
                typeLabel(e),
                ' ',
                participants(e.source),
                ' → ',
                participants(e.target),
              ),
              h('div', { class: 'meta' }, statusBadge(e.status, e.negated), ` ${e.day}`, e.date && e.date !== e.day ? ` (${e.date})` : ''),
            ),
          ),
        ),
  );
}

function quotesPanel(article: ArticleDetail): HTMLElement | null {
  if (article.quotes.length === 0 && article.statements.length === 0) return null;
  const speaker = (p: ArticleDetail['quotes'][number]['speaker']): HTMLElement | string =>
    p ? link(href('actor', participantCode(p)), p.name) : 'Unattributed';
  return h(
    'section',
    { class: 'side-panel', attrs: { 'aria-labelledby': 'side-quotes' } },
    h('h2', { attrs: { id: 'side-quotes' } }, 'Quotes and statements'),
    h(
      'ul',
      { class: 'side-list quotes' },
      ...article.quotes.map((q) => h('li', null, h('blockquote', null, link(href('article', article.id, { at: q.start }), `“${q.quote}”`)), h('div', { class: 'meta' }, '— ', speaker(q.speaker), q.kind === 'partial' ? ' (partial)' : ''))),
      ...article.statements.map((st) =>
        h('li', null, h('span', { class: ['badge', `kind-${st.kind}`] }, st.kind), ' ', speaker(st.speaker), ': ', h('span', { class: 'about' }, st.about)),
      ),
    ),
  );
}

/**
 * The sentence to show: `s` when given, else the sentence of event `e`, else the one holding
 * character offset `at` (how quotes link to their place in the text).
 */
function requestedSentence(article: ArticleDetail, params: URLSearchParams, eventId: string | null): number | null {
  const number = (key: string): number | null => {
    const value = params.get(key);
    return value !== null && /^\d+$/.test(value) ? Number(value) : null;
  };
  const s = number('s');
  if (s !== null) return s;
  const event = eventId ? article.events.find((e) => e.id === eventId) : undefined;
  if (event) return event.sentenceIdx;
  const at = number('at');
  return at === null ? null : (article.sentences.find((x) => at >= x.start && at < x.end)?.idx ?? null);
}

/**
 * The article view.
 *
 * @example
 * await articleView({ route: parseHash('#/article/0d6eb352fb40c1de?s=2'), signal, navigate });
 */
export const articleView: View = async ({ route, signal }) => {
  const id = route.id ?? '';
  const article = await getJson<ArticleDetail>(`/articles/${encodeURIComponent(id)}`, {}, signal);
  const eventId = route.params.get('e');
  const sentence = requestedSentence(article, route.params, eventId);
  const { text, inspector } = annotatedText(article, { sentence, eventId });
  const url = safeExternalUrl(article.url);

  const header = h(
    'header',
    { class: 'article-head' },
    h('p', { class: 'crumbs' }, link(href('timeline'), 'Timeline'), ' / Article'),
    h('h1', { attrs: { tabindex: '-1', id: 'article-title' } }, articleTitle(article)),
    h(
      'p',
      { class: 'byline' },
      h('time', { attrs: { datetime: article.date } }, shortDate(article.date)),
      article.source ? ` · ${article.source}` : '',
      url ? ' · ' : null,
      url ? h('a', { attrs: { href: url, rel: 'noopener noreferrer external', target: '_blank' } }, 'Original') : null,
    ),
    highlightLegend(),
  );
  const root = h(
    'div',
    { class: 'view article' },
    header,
    h(
      'div',
      { class: 'reader' },
      // The inspector sits beside the text, not over it: on wide screens it stays in view at the top of
      // the side column; on narrow ones it follows the text (see .inspector in style.css).
      h('article', { class: 'panel reader-text', attrs: { 'aria-labelledby': 'article-title' } }, text),
      inspector,
      h('div', { class: 'reader-side' }, eventsPanel(article, eventId), quotesPanel(article)),
    ),
  );
  return {
    root,
    title: article.displayTitle,
    afterMount: () => {
      const target = sentence === null ? null : document.getElementById(`s-${sentence}`);
      if (!target) return false;
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
      return true;
    },
  };
};
