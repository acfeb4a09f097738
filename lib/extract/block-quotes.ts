// Where the article's block quotations are in its text. Extraction's text is the article element's
// textContent, so a `<blockquote>` is the run of text nodes under it: a passage the page itself sets
// apart as quoted, which the words alone (no quotation marks) do not tell.

import type { TextRange } from '../model';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The text ranges of the outermost `<blockquote>`s under `root`, in order, offsets into
 * `root.textContent`; none when that text is not `textLength` long (not the text they would index).
 */
export function blockQuoteRanges(root: Node, textLength: number): TextRange[] {
  const out: TextRange[] = [];
  let offset = 0;
  // Depth-first in document order; `open` is the offset where the outermost blockquote began.
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  let open = -1;
  let depth = 0;
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    const isBlock = node.nodeType === ELEMENT_NODE && (node as Element).tagName.toUpperCase() === 'BLOCKQUOTE';
    if (exit) {
      if (isBlock && --depth === 0 && offset > open) out.push({ start: open, end: offset });
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      offset += (node.nodeValue ?? '').length;
      continue;
    }
    if (isBlock && depth++ === 0) open = offset;
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  return offset === textLength ? out : [];
}
