import type { Network } from '../store/query/types.ts';

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

/**
 * An actor network as GraphML (undirected): nodes carry `label`, `country` and `events`; edges
 * carry `weight` (events between the pair), `cooperation` and `conflict`. Opens in Gephi, yEd,
 * Cytoscape and networkx.
 *
 * @param network - From `actorNetwork`.
 * @returns The XML document.
 * @example
 * writeFileSync('network.graphml', networkGraphml(actorNetwork(store.db, {}, 200)));
 */
export function networkGraphml(network: Network): string {
  const data = (key: string, value: string | number | null): string => (value === null ? '' : `<data key="${key}">${xmlText(String(value))}</data>`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="country" for="node" attr.name="country" attr.type="string"/>',
    '  <key id="events" for="node" attr.name="events" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
    '  <key id="cooperation" for="edge" attr.name="cooperation" attr.type="int"/>',
    '  <key id="conflict" for="edge" attr.name="conflict" attr.type="int"/>',
    '  <graph id="dateline" edgedefault="undirected">',
    ...network.nodes.map((n) => `    <node id="${xmlText(n.id)}">${data('label', n.label)}${data('country', n.country)}${data('events', n.events)}</node>`),
    ...network.edges.map((e, i) => `    <edge id="e${i}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">${data('weight', e.events)}${data('cooperation', e.cooperation)}${data('conflict', e.conflict)}</edge>`),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
