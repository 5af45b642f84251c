/**
 * An article's text with its annotations marked (actors, event triggers, temporal expressions,
 * quotes), each explained on hover and on keyboard focus in an inspector built from text nodes.
 */
import { h, replaceChildren } from './dom.ts';
import { participantCode } from './event-list.ts';
import { segmentText, sentenceOf, type Layer, type LayerKind } from './highlight.ts';
import type { ArticleDetail, Participant } from './types.ts';

/** What the reader is asked to point at (`?s=N&e=ID`). */
export interface ArticleFocus {
  sentence: number | null;
  eventId: string | null;
}

/** Names for the annotation kinds, as the legend and inspector show them. */
export const KIND_LABEL: Readonly<Record<LayerKind, string>> = { actor: 'Actor', trigger: 'Event trigger', timex: 'Time expression', quote: 'Quote' };

function who(p: Participant | null): string {
  return p ? `${p.name} (${participantCode(p)})` : 'unknown speaker';
}

/** The inspector's heading and lines for one annotation. */
function explain(article: ArticleDetail, layer: Layer): { heading: string; lines: string[] } {
  if (layer.kind === 'actor') {
    const m = article.mentions[layer.key];
    if (!m) return { heading: 'Actor', lines: [] };
    const a = m.actor;
    const where = [a.country, a.sector, a.org && a.org !== a.country ? a.org : null].filter(Boolean).join(' · ');
    return {
      heading: `Actor: ${a.name}`,
      lines: [where ? `Code: ${where}` : 'Code: none', a.role ? `Role: ${a.role}` : '', `Rule: ${m.rule}`, `Why: ${m.reason}`].filter(Boolean),
    };
  }
  if (layer.kind === 'trigger') {
    const e = article.events[layer.key];
    if (!e) return { heading: 'Event', lines: [] };
    const roles = `${e.source.map(who).join(' + ') || '—'} → ${e.target.map(who).join(' + ') || '—'}`;
    return {
      heading: `Event: ${e.event}${e.mode ? `/${e.mode}` : ''} (${e.status}${e.negated ? ', negated' : ''})`,
      lines: [roles, `Date: ${e.date ?? `none given; placed on ${e.day}`}`, ...e.explain.map((x) => `${x.decides}: ${x.reason} [${x.rule}]`)],
    };
  }
  if (layer.kind === 'timex') {
    const t = article.timex[layer.key];
    if (!t) return { heading: 'Time', lines: [] };
    return { heading: `Time: “${t.text}”`, lines: [`Value: ${t.value ?? 'unresolved'}`, `Type: ${t.type}`, `Rule: ${t.rule}`] };
  }
  const q = article.quotes[layer.key];
  if (!q) return { heading: 'Quote', lines: [] };
  return { heading: `Quote (${q.kind})`, lines: [`Speaker: ${who(q.speaker)}`, q.date ? `Said: ${q.date}` : ''].filter(Boolean) };
}

function explainText(article: ArticleDetail, layer: Layer): string {
  const { heading, lines } = explain(article, layer);
  return [heading, ...lines].join('\n');
}

function layersOf(article: ArticleDetail): Layer[] {
  return [
    ...article.quotes.map((q, key) => ({ kind: 'quote' as const, start: q.start, end: q.end, key })),
    ...article.mentions.map((m, key) => ({ kind: 'actor' as const, start: m.start, end: m.end, key })),
    ...article.timex.map((t, key) => ({ kind: 'timex' as const, start: t.start, end: t.end, key })),
    ...article.events.map((e, key) => ({ kind: 'trigger' as const, start: e.start, end: e.end, key })),
  ];
}

function markFor(article: ArticleDetail, layer: Layer, focus: ArticleFocus): HTMLElement {
  const current = layer.kind === 'trigger' && article.events[layer.key]?.id === focus.eventId;
  return h('mark', { class: [`hl hl-${layer.kind}`, current && 'current'], attrs: { 'data-kind': layer.kind } });
}

/**
 * The annotated text and an inspector that explains whatever is hovered or focused.
 *
 * @example
 * const { text, inspector } = annotatedText(article, { sentence: 3, eventId: null });
 */
export function annotatedText(article: ArticleDetail, focus: ArticleFocus): { text: HTMLElement; inspector: HTMLElement } {
  const sentences = [...article.sentences].sort((a, b) => a.start - b.start);
  const segments = segmentText(
    article.text.length,
    layersOf(article),
    sentences.flatMap((s) => [s.start, s.end]),
  );
  const text = h('div', { class: 'article-text', attrs: { id: 'article-text' } });
  const sentenceEls = new Map<number, HTMLElement>();
  segments.forEach((segment, index) => {
    const words = article.text.slice(segment.start, segment.end);
    let node: Node = document.createTextNode(words);
    if (segment.layers.length > 0) {
      const marks = segment.layers.map((layer) => markFor(article, layer, focus));
      for (let i = marks.length - 1; i >= 0; i--) {
        (marks[i] as HTMLElement).appendChild(node);
        node = marks[i] as HTMLElement;
      }
      const outer = marks[0] as HTMLElement;
      outer.setAttribute('tabindex', '0');
      outer.setAttribute('data-seg', String(index));
      outer.setAttribute('title', segment.layers.map((layer) => explainText(article, layer)).join('\n\n'));
      node = outer;
    }
    const position = sentenceOf(sentences, segment);
    const sentence = sentences[position];
    if (!sentence) {
      text.appendChild(node);
      return;
    }
    let el = sentenceEls.get(sentence.idx);
    if (!el) {
      el = h('span', { class: ['sentence', focus.sentence === sentence.idx && 'selected'], attrs: { id: `s-${sentence.idx}`, 'data-idx': sentence.idx } });
      if (focus.sentence === sentence.idx) el.setAttribute('tabindex', '-1');
      sentenceEls.set(sentence.idx, el);
      text.appendChild(el);
    }
    el.appendChild(node);
  });

  const inspector = h('aside', { class: 'inspector', attrs: { 'aria-live': 'polite', 'aria-label': 'Annotation details' } });
  // `idle` lets narrow screens keep the hint out of the way (style.css): only an explanation asked for
  // stays in view over the text.
  const idle = (): void => {
    inspector.classList.add('idle');
    replaceChildren(inspector, h('p', { class: 'hint' }, 'Point at or tab to a highlighted word to see how it was coded.'));
  };
  idle();
  const show = (target: EventTarget | null): void => {
    const el = target instanceof Element ? target.closest('[data-seg]') : null;
    const segment = el ? segments[Number(el.getAttribute('data-seg'))] : undefined;
    if (!segment) return;
    inspector.classList.remove('idle');
    replaceChildren(
      inspector,
      ...segment.layers.map((layer) => {
        const { heading, lines } = explain(article, layer);
        return h('div', { class: ['explain', `explain-${layer.kind}`] }, h('h3', null, heading), h('ul', null, ...lines.map((line) => h('li', null, line))));
      }),
    );
  };
  text.addEventListener('mouseover', (event) => show(event.target));
  text.addEventListener('focusin', (event) => show(event.target));
  text.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Element && event.relatedTarget.closest('[data-seg]'))) idle();
  });
  return { text, inspector };
}

/**
 * The key to the highlight colours.
 *
 * @example
 * header.append(highlightLegend());
 */
export function highlightLegend(): HTMLElement {
  const kinds: LayerKind[] = ['actor', 'trigger', 'timex', 'quote'];
  return h('ul', { class: 'legend hl-legend', attrs: { 'aria-label': 'Highlight key' } }, ...kinds.map((kind) => h('li', null, h('span', { class: ['hl', `hl-${kind}`, 'sample'] }, KIND_LABEL[kind]))));
}
