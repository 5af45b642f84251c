/**
 * Search (`#/search?q=guarantees`): full-text search over the articles; each snippet comes from
 * the API as `{text, hit}` segments, so hits are marked without ever parsing markup.
 */
import { getJson } from '../api.ts';
import { shortDate } from '../dates.ts';
import { h, link } from '../dom.ts';
import { href } from '../router.ts';
import type { SearchResults } from '../types.ts';
import { articleTitle, emptyNote, pageHeading, type View } from '../view.ts';

const LIMIT = 50;

/**
 * A snippet with its hits in `<mark>`, all as text nodes.
 *
 * @example
 * snippet([{ text: 'security ', hit: false }, { text: 'guarantees', hit: true }]);
 */
export function snippet(segments: SearchResults['items'][number]['snippet']): HTMLElement {
  return h('p', { class: 'snippet' }, ...segments.map((seg) => (seg.hit ? h('mark', { class: 'hit' }, seg.text) : seg.text)));
}

/**
 * The search view.
 *
 * @example
 * await searchView({ route: parseHash('#/search?q=sanctions'), signal, navigate });
 */
export const searchView: View = async ({ route, signal, navigate }) => {
  const q = (route.params.get('q') ?? '').trim();
  const input = h('input', { attrs: { id: 'search-q', name: 'q', type: 'search', value: q, placeholder: 'e.g. security guarantees', autocomplete: 'off' } });
  const form = h(
    'form',
    { class: 'search-form', attrs: { role: 'search', 'aria-label': 'Search articles' } },
    h('label', { attrs: { for: 'search-q' } }, 'Words to find'),
    h('div', { class: 'search-row' }, input, h('button', { attrs: { type: 'submit' } }, 'Search')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(href('search', null, { q: input.value.trim() }));
  });
  let results: HTMLElement;
  let subtitle = 'Full-text search over titles and text; words are matched in any form (stemmed).';
  if (q) {
    const found = await getJson<SearchResults>('/search', { q, limit: LIMIT }, signal);
    subtitle = `${found.items.length}${found.items.length === LIMIT ? '+' : ''} article${found.items.length === 1 ? '' : 's'} for “${q}”`;
    results =
      found.items.length === 0
        ? emptyNote(`No article matches “${q}”.`)
        : h(
            'ol',
            { class: 'results' },
            ...found.items.map((item) =>
              h(
                'li',
                { class: 'result' },
                h('h2', null, link(href('article', item.articleId), articleTitle(item))),
                h('p', { class: 'meta' }, h('time', { attrs: { datetime: item.date } }, shortDate(item.date)), item.source ? ` · ${item.source}` : ''),
                snippet(item.snippet),
              ),
            ),
          );
  } else {
    results = emptyNote('Type some words and press Enter.');
  }
  const root = h(
    'div',
    { class: 'view search' },
    pageHeading('Search', subtitle),
    form,
    q ? h('p', { class: 'related' }, link(href('timeline', null, { q }), `Events whose sentence mentions “${q}”`)) : null,
    results,
  );
  return { root, title: q ? `Search: ${q}` : 'Search' };
};
