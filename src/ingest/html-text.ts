import { parseHTML } from 'linkedom';

// Elements that stand on their own lines: their text becomes separate paragraphs.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);

// Elements whose content is never article text.
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'HEAD', 'BUTTON', 'SELECT', 'CANVAS']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Gathers text into paragraphs while walking a DOM tree. */
class ParagraphWriter {
  private readonly paragraphs: string[] = [];
  private current = '';

  text(value: string): void {
    this.current += value;
  }

  lineBreak(): void {
    this.current += '\n';
  }

  endParagraph(): void {
    const lines = this.current
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '');
    if (lines.length) this.paragraphs.push(lines.join('\n'));
    this.current = '';
  }

  result(): string {
    this.endParagraph();
    return this.paragraphs.join('\n\n');
  }
}

/**
 * The text of a DOM node with its paragraph structure kept: each block element (`p`, `li`, `h2`,
 * `div`, ...) becomes a paragraph, paragraphs are separated by a blank line, `<br>` is a line
 * break, other whitespace is collapsed, and scripts and styles are left out.
 *
 * @param node - An element or document from linkedom (or any DOM).
 * @returns Plain text with paragraphs separated by `\n\n`.
 * @example
 * nodeToText(parseHTML('<p>One</p><p>Two</p>').document.body); // "One\n\nTwo"
 */
export function nodeToText(node: Node): string {
  const writer = new ParagraphWriter();
  walk(node, writer);
  return writer.result();
}

/**
 * Converts an HTML fragment or page to plain text with paragraphs as blank lines, decoding
 * entities (see {@link nodeToText}).
 *
 * @param html - HTML markup, or plain text (returned with whitespace tidied).
 * @returns Plain text with paragraphs separated by `\n\n`.
 * @example
 * htmlToText('<p>Tea &amp; talks</p><p>Then<br>more</p>'); // "Tea & talks\n\nThen\nmore"
 */
export function htmlToText(html: string): string {
  // Wrapping makes linkedom treat a bare fragment as body content rather than as a document.
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return nodeToText(document.body);
}

function walk(node: Node, writer: ParagraphWriter): void {
  if (node.nodeType === TEXT_NODE) {
    writer.text((node.nodeValue ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) {
    node.childNodes.forEach((child) => walk(child, writer));
    return;
  }
  const tag = (node as Element).tagName.toUpperCase();
  if (SKIPPED_TAGS.has(tag)) return;
  if (tag === 'BR') {
    writer.lineBreak();
    return;
  }
  if (tag === 'PRE') {
    writer.endParagraph();
    writer.text(node.textContent ?? '');
    writer.endParagraph();
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) writer.endParagraph();
  // Table cells sit side by side: keep their texts apart.
  if (tag === 'TD' || tag === 'TH') writer.text(' ');
  node.childNodes.forEach((child) => walk(child, writer));
  if (block) writer.endParagraph();
}
