import type { DirectedNetwork, NetworkEdge } from './directed-network.ts';

// Whether XML 1.0 allows a character at all (C0 controls but tab/LF/CR, lone surrogates and
// U+FFFE/U+FFFF are not): escaping cannot represent the others, so they are dropped.
function xmlAllowed(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20) return cp === 0x09 || cp === 0x0a || cp === 0x0d;
  return !(cp >= 0xd800 && cp <= 0xdfff) && cp !== 0xfffe && cp !== 0xffff;
}

/**
 * Escapes text for XML content and attribute values.
 *
 * @example
 * xmlText('Bosnia & "Herzegovina" <x>'); // 'Bosnia &amp; &quot;Herzegovina&quot; &lt;x&gt;'
 */
export function xmlText(value: string): string {
  return [...value].filter(xmlAllowed).join('').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** The largest count in a tally, ties broken by name: an edge's main type or quad class. */
function mostFrequent(counts: Record<string, number>): string | null {
  const entries = Object.entries(counts).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return entries[0]?.[0] ?? null;
}

/** `CONSULT 3; ACCUSE 1`: every type with its count, most frequent first. */
function tally(counts: Record<string, number>): string {
  return Object.entries(counts).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join('; ');
}

// Every <data> key, declared before the graph as GraphML requires: [id, for, type].
const KEYS: readonly [string, 'node' | 'edge', 'string' | 'int'][] = [
  ['label', 'node', 'string'],
  ['country', 'node', 'string'],
  ['events', 'node', 'int'],
  ['weight', 'edge', 'int'],
  ['type', 'edge', 'string'],
  ['types', 'edge', 'string'],
  ['quad_class', 'edge', 'string'],
  ['cooperation', 'edge', 'int'],
  ['conflict', 'edge', 'int'],
];

/**
 * An actor network as GraphML, directed from source to target. Nodes carry a readable `label`,
 * `country` and `events`; edges carry `weight` (events from source to target), `type` (the most
 * frequent PLOVER type), `types` (every type with its count), `quad_class` (the most frequent) and
 * `cooperation`/`conflict` (events of quad 1-2 and 3-4). Opens in Gephi, yEd, Cytoscape and networkx.
 *
 * @param network - From `directedNetwork`.
 * @returns The XML document.
 * @example
 * writeFileSync('network.graphml', networkGraphml(directedNetwork(iterateEvents(store.db, {}), options)));
 */
export function networkGraphml(network: DirectedNetwork): string {
  const data = (key: string, value: string | number | null): string => (value === null ? '' : `<data key="${key}">${xmlText(String(value))}</data>`);
  const edgeData = (e: NetworkEdge): string => {
    const q = e.quads;
    return [
      data('weight', e.events), data('type', mostFrequent(e.types)), data('types', tally(e.types)), data('quad_class', mostFrequent(q)),
      data('cooperation', (q.verbal_cooperation ?? 0) + (q.material_cooperation ?? 0)), data('conflict', (q.verbal_conflict ?? 0) + (q.material_conflict ?? 0)),
    ].join('');
  };
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(([id, on, type]) => `  <key id="${id}" for="${on}" attr.name="${id}" attr.type="${type}"/>`),
    '  <graph id="dateline" edgedefault="directed">',
    ...network.nodes.map((n) => `    <node id="${xmlText(n.id)}">${data('label', n.label)}${data('country', n.country)}${data('events', n.events)}</node>`),
    ...network.edges.map((e, i) => `    <edge id="e${i}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">${edgeData(e)}</edge>`),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
