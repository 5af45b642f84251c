/**
 * Network (`#/network?actor=RUS`): actors as nodes sized by their events, edges weighted by the
 * events between two actors and coloured by their majority: cooperation blue, conflict vermillion. The canvas
 * is drawn by cytoscape; the same data is listed as links for keyboard and screen-reader users.
 */
import cytoscape from 'cytoscape';
import { getJson } from '../api.ts';
import { h, link } from '../dom.ts';
import { filterForm } from '../filter-form.ts';
import { describeFilter, filterParams, filterQuery, readFilter } from '../filters.ts';
import { majorityColor } from '../quad.ts';
import { href } from '../router.ts';
import type { Network } from '../types.ts';
import { emptyNote, formatCount, pageHeading, type View } from '../view.ts';

const MAX_EDGES = 150;

/** A short label: the code for countries and organisations (RUS, NATO), else the actor's name. */
function nodeLabel(node: Network['nodes'][number]): string {
  return /^[A-Z][A-Z0-9]{1,7}$/.test(node.id) ? node.id : node.label;
}

/** The id cytoscape checks before injecting a <style> element, which the page's CSP would refuse. */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

/** Tells cytoscape its container rule is already there (style.css gives `.network-canvas` position: relative). */
function preemptCytoscapeStylesheet(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  document.head.append(h('meta', { attrs: { id: CYTOSCAPE_STYLESHEET_ID, name: 'dateline-network', content: 'container styles live in style.css' } }));
}

/** Room kept between two actors' boxes (node and label), in model units. */
const LABEL_GAP = 4;

/**
 * Moves nodes apart until no two nodes' boxes (the node and its label) overlap: cose keeps nodes
 * from overlapping but not their labels. Each overlapping pair is pushed apart along the axis where
 * it overlaps least, half each way; a few passes settle a hundred actors.
 */
function separateLabels(cy: cytoscape.Core): void {
  const nodes = cy.nodes().toArray();
  const boxes = nodes.map((n) => {
    const b = n.boundingBox({ includeLabels: true, includeEdges: false, includeOverlays: false });
    const p = n.position();
    // Offsets of the box from the node's position, so the box follows the node when it moves.
    return { x: p.x, y: p.y, left: b.x1 - p.x, right: b.x2 - p.x, top: b.y1 - p.y, bottom: b.y2 - p.y };
  });
  for (let pass = 0; pass < 300; pass++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const dx = Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x + a.left, b.x + b.left) + LABEL_GAP;
        const dy = Math.min(a.y + a.bottom, b.y + b.bottom) - Math.max(a.y + a.top, b.y + b.top) + LABEL_GAP;
        if (dx <= 0 || dy <= 0) continue;
        moved = true;
        // Ties (two nodes on one spot) break by index so the result never depends on chance.
        if (dx < dy) {
          const sign = a.x + (a.left + a.right) / 2 < b.x + (b.left + b.right) / 2 || (a.x === b.x && i < j) ? -1 : 1;
          a.x += (sign * dx) / 2;
          b.x -= (sign * dx) / 2;
        } else {
          const sign = a.y + (a.top + a.bottom) / 2 < b.y + (b.top + b.bottom) / 2 || (a.y === b.y && i < j) ? -1 : 1;
          a.y += (sign * dy) / 2;
          b.y -= (sign * dy) / 2;
        }
      }
    }
    if (!moved) break;
  }
  cy.batch(() => nodes.forEach((n, i) => n.position({ x: boxes[i]!.x, y: boxes[i]!.y })));
}

function drawGraph(container: HTMLElement, network: Network, open: (code: string) => void): void {
  preemptCytoscapeStylesheet();
  const maxNode = Math.max(1, ...network.nodes.map((n) => n.events));
  const maxEdge = Math.max(1, ...network.edges.map((e) => e.events));
  const known = new Set(network.nodes.map((n) => n.id));
  const cy = cytoscape({
    container,
    elements: [
      ...network.nodes.map((n) => ({ data: { id: n.id, label: nodeLabel(n), size: 18 + 42 * Math.sqrt(n.events / maxNode) } })),
      ...network.edges
        .filter((e) => known.has(e.source) && known.has(e.target) && e.source !== e.target)
        .map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, width: 1 + 7 * (e.events / maxEdge), color: majorityColor(e.cooperation, e.conflict) } })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          width: 'data(size)',
          height: 'data(size)',
          label: 'data(label)',
          'background-color': '#334155',
          color: '#0f172a',
          'font-size': 11,
          'font-family': 'system-ui, sans-serif',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'border-width': 2,
          'border-color': '#ffffff',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.75,
          'text-background-padding': '1px',
        },
      },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', opacity: 0.75, 'curve-style': 'bezier' } },
      { selector: 'node:active, node:selected', style: { 'background-color': '#0072B2' } },
    ],
    // Strong repulsion spreads a hundred actors; counting labels in each node's size keeps most
    // labels apart, and separateLabels() then moves apart whatever still overlaps.
    layout: { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, nodeRepulsion: () => 80_000, idealEdgeLength: () => 80, nodeOverlap: 20, padding: 20 },
    minZoom: 0.3,
    maxZoom: 3,
  });
  separateLabels(cy);
  cy.fit(undefined, 20);
  cy.on('tap', 'node', (event) => open(String(event.target.id())));
  cy.on('mouseover', 'node', () => container.classList.add('pointing'));
  cy.on('mouseout', 'node', () => container.classList.remove('pointing'));
  container.setAttribute('data-nodes', String(cy.nodes().length));
  container.setAttribute('data-edges', String(cy.edges().length));
}

function edgeLegend(): HTMLElement {
  const item = (kind: string, label: string): HTMLElement => h('li', null, h('span', { class: ['swatch', 'line', `edge-${kind}`], attrs: { 'aria-hidden': 'true' } }), label);
  return h(
    'ul',
    { class: 'legend', attrs: { 'aria-label': 'Edge colours' } },
    item('cooperation', 'mostly cooperation'),
    item('mixed', 'tied'),
    item('conflict', 'mostly conflict'),
    h('li', { class: 'muted' }, 'Node size: events · line width: events between the pair'),
  );
}

function accessibleLists(network: Network, params: Record<string, string>): HTMLElement {
  const label = new Map(network.nodes.map((n) => [n.id, n.label]));
  const nodes = [...network.nodes].sort((a, b) => b.events - a.events);
  const edges = [...network.edges].sort((a, b) => b.events - a.events).slice(0, 25);
  return h(
    'div',
    { class: 'grid-2' },
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'net-actors' } },
      h('h2', { attrs: { id: 'net-actors' } }, `Actors (${nodes.length})`),
      h('ol', { class: 'node-list' }, ...nodes.map((n) => h('li', null, link(href('actor', n.id, params), n.label), h('span', { class: 'muted' }, ` ${n.id !== n.label ? `${n.id}, ` : ''}${formatCount(n.events)} events`)))),
    ),
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'net-edges' } },
      h('h2', { attrs: { id: 'net-edges' } }, 'Strongest links'),
      h(
        'ol',
        { class: 'edge-list' },
        ...edges.map((e) =>
          h('li', null, link(href('timeline', null, { ...params, dyad: `${e.source},${e.target}` }), `${label.get(e.source) ?? e.source} – ${label.get(e.target) ?? e.target}`), h('span', { class: 'muted' }, ` ${e.events} events: ${e.cooperation} cooperation, ${e.conflict} conflict`)),
        ),
      ),
    ),
  );
}

/**
 * The network view.
 *
 * @example
 * await networkView({ route: parseHash('#/network'), signal, navigate });
 */
export async function networkView({ route, signal, navigate }: Parameters<View>[0]): ReturnType<View> {
  const filter = readFilter(route.params);
  const network = await getJson<Network>('/network', { ...filterQuery(filter), limit: MAX_EDGES }, signal);
  const params = filterParams({ ...filter, actor: '', dyad: '' });
  const canvas = h('div', { class: 'network-canvas', attrs: { id: 'network-canvas', role: 'img', 'aria-label': `Network of ${network.nodes.length} actors and ${network.edges.length} links; the same data is listed below.` } });
  const described = describeFilter(filter);
  const root = h(
    'div',
    { class: 'view network' },
    pageHeading('Actor network', `${formatCount(network.nodes.length)} actors, ${formatCount(network.edges.length)} links${described ? `, events ${described}` : ''}. Click an actor to open its page.`),
    filterForm({ filter, dates: true, onChange: (f) => navigate(href('network', null, filterParams(f))) }),
    network.nodes.length === 0
      ? emptyNote('No events between actors match these filters.')
      : h('section', { class: 'panel graph-panel', attrs: { 'aria-label': 'Network graph' } }, canvas, edgeLegend()),
    network.nodes.length === 0 ? null : accessibleLists(network, params),
  );
  return {
    root,
    title: 'Network',
    afterMount: () => {
      if (network.nodes.length > 0) drawGraph(canvas, network, (code) => navigate(href('actor', code, params)));
      return false;
    },
  };
}
