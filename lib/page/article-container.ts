import type { ArticleLandmarks } from '../extract/landmarks';

// The element of the live page that holds the article, found from its landmarks (the words of its
// first and last long text nodes) by the browser's own XPath search: no node of the page but the
// two found is handed to our world, where each node touched costs a wrapper. Anchoring looks in
// it first, and indexes the whole page only for what it does not find there.

const ORDERED_NODE_SNAPSHOT_TYPE = 7;

/** An XPath string literal of `text`, whatever quotes it holds. */
export function xpathLiteral(text: string): string {
  if (!text.includes('"')) return `"${text}"`;
  if (!text.includes("'")) return `'${text}'`;
  return `concat(${text
    .split('"')
    .map((part) => `"${part}"`)
    .join(`, '"', `)})`;
}

/**
 * The first text node under `root` holding `first` and the last holding `last`, outside code,
 * styles and other text that is not page text: one search over the page's text nodes.
 */
function landmarkNodes(doc: Document, root: Node, { first, last }: ArticleLandmarks): [Node, Node] | null {
  const holds = (words: string) => `contains(., ${xpathLiteral(words)})`;
  const expression = `.//text()[${holds(first)} or ${holds(last)}][not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template or ancestor::textarea)]`;
  let found: XPathResult;
  try {
    found = doc.evaluate(expression, root, null, ORDERED_NODE_SNAPSHOT_TYPE, null);
  } catch {
    // A document without XPath: the whole page is indexed instead.
    return null;
  }
  let from: Node | null = null;
  let to: Node | null = null;
  for (let i = 0; i < found.snapshotLength; i++) {
    const node = found.snapshotItem(i)!;
    const words = node.nodeValue ?? '';
    if (!from && words.includes(first)) from = node;
    if (words.includes(last)) to = node;
  }
  return from && to ? [from, to] : null;
}

/** The smallest element under `doc.body` holding both landmarks, or null (not found, or only the body holds them). */
export function findArticleContainer(doc: Document, landmarks: ArticleLandmarks): Element | null {
  const body = doc.body;
  if (!body) return null;
  const nodes = landmarkNodes(doc, body, landmarks);
  if (!nodes) return null;
  const [first, last] = nodes;
  const range = doc.createRange();
  range.setStartBefore(first);
  range.setEndAfter(last);
  const common = range.commonAncestorContainer;
  const container = common.nodeType === 1 ? (common as Element) : common.parentElement;
  return container && container !== body && body.contains(container) ? container : null;
}
