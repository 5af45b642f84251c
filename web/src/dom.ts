/**
 * The only way the app builds DOM. Text always goes in through text nodes, never through HTML
 * parsing, because article titles and text are untrusted; and no `style` attribute is ever set,
 * because the page runs under a CSP without 'unsafe-inline' styles.
 */

/** Something that can be put inside an element: a node, a string (becomes a text node), or nothing. */
export type Child = Node | string | number | null | undefined | false;

/** Attributes and listeners for {@link h} and {@link s}. */
export interface Props {
  /** Space-separated class names; falsy entries of an array are dropped. */
  class?: string | readonly (string | false | null | undefined)[];
  /** Plain attributes; `null`, `undefined` or `false` leave the attribute out, `true` sets it empty. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  /** Event listeners by event name. */
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

function applyProps(node: Element, props: Props | null | undefined): void {
  if (!props) return;
  if (props.class !== undefined) {
    const names = typeof props.class === 'string' ? props.class : props.class.filter(Boolean).join(' ');
    if (names) node.setAttribute('class', names);
  }
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    // A style attribute would be refused by the CSP, and an on* attribute would be a script.
    if (name === 'style' || name.toLowerCase().startsWith('on')) throw new Error(`dom: refusing attribute ${name}`);
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, listener] of Object.entries(props.on ?? {})) {
    if (listener) node.addEventListener(name, listener as EventListener);
  }
}

function appendChildren(node: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/**
 * Creates an HTML element; strings among the children become text nodes.
 *
 * @example
 * h('a', { attrs: { href: '#/actor/RUS' }, class: 'actor' }, article.title); // title shown as text
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  applyProps(node, props);
  appendChildren(node, children);
  return node;
}

/**
 * Creates an SVG element (geometry goes in attributes such as x, y, width, height, d, fill).
 *
 * @example
 * s('rect', { attrs: { x: 0, y: 10, width: 4, height: 20, fill: '#0072B2' } }, s('title', null, '3 events'));
 */
export function s<K extends keyof SVGElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  applyProps(node, props);
  appendChildren(node, children);
  return node;
}

/**
 * Replaces all children of `node`.
 *
 * @example
 * replaceChildren(list, h('p', null, 'No events match these filters.'));
 */
export function replaceChildren(node: Node, ...children: Child[]): void {
  while (node.firstChild) node.removeChild(node.firstChild);
  appendChildren(node, children);
}

/**
 * Text with one stretch put in a `<mark>`: three text nodes at most, so no markup in `text` is
 * ever parsed. Offsets outside the text, or an empty stretch, give the plain text.
 *
 * @example
 * markRange('Russia attacked Ukraine.', 7, 15, 'trigger'); // Russia <mark class="trigger">attacked</mark> Ukraine.
 */
export function markRange(text: string, start: number, end: number, className = 'trigger'): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (start < 0 || end > text.length || start >= end) {
    fragment.appendChild(document.createTextNode(text));
    return fragment;
  }
  appendChildren(fragment, [text.slice(0, start) || null, h('mark', { class: className }, text.slice(start, end)), text.slice(end) || null]);
  return fragment;
}

/**
 * A link inside the app: a real `<a>` so it can be opened in a new tab and followed with Enter.
 *
 * @example
 * link('#/actor/RUS', 'Russia', 'actor-link');
 */
export function link(href: string, text: Child, className?: string): HTMLAnchorElement {
  return h('a', { attrs: { href }, class: className ?? '' }, text);
}
