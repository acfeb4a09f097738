/**
 * Readability's work grows with the square of the tree's depth (it walks ancestors for every
 * node), so a page of thousands of nested elements hangs extraction. Real pages stay far below
 * this (38 levels at most over the 170 saved pages).
 */
export const MAX_DEPTH = 128;

// Kept as they are below the limit: they hold a paragraph's own words, so keeping them keeps
// paragraph breaks and links.
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BR',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);

const holdsBlocks = (element: Element): boolean => Array.from(element.children).some((child) => !INLINE.has(child.tagName.toUpperCase()));

/**
 * Flattens every subtree that starts `limit` levels below `root`: its elements that only wrap
 * other blocks are dropped, and what they held (paragraphs, inline runs, text) becomes the
 * children of the element at the limit, in document order. Nothing of the text is lost.
 * Linear in the size of the tree; iterative, so no depth can overflow the stack.
 * Returns how many subtrees were flattened.
 */
export function flattenBeyondDepth(root: Element, limit = MAX_DEPTH): number {
  if (!reachesDepth(root, limit)) return 0;
  let flattened = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    if (depth < limit) {
      for (const child of Array.from(element.children)) stack.push([child, depth + 1]);
      continue;
    }
    if (!Array.from(element.children).some(holdsBlocks)) continue;
    element.replaceChildren(...keptDescendants(element));
    flattened += 1;
  }
  return flattened;
}

/**
 * Whether any element sits `limit` levels below `root` (root itself being level 1), asked of the
 * DOM's own selector engine: a real page never does, and the walk below would touch every element.
 */
function reachesDepth(root: Element, limit: number): boolean {
  try {
    return root.querySelector(`:scope${' > *'.repeat(limit - 1)}`) !== null;
  } catch {
    // A selector engine that cannot take it: walk.
    return true;
  }
}

/** The nodes under `container` that stay when the block wrappers between them go, in order. */
function keptDescendants(container: Element): Node[] {
  const kept: Node[] = [];
  const pending: Node[] = Array.from(container.childNodes).reverse();
  while (pending.length) {
    const node = pending.pop()!;
    if (node.nodeType === 1 && holdsBlocks(node as Element)) {
      const children = Array.from(node.childNodes);
      for (let i = children.length - 1; i >= 0; i -= 1) pending.push(children[i]!);
    } else kept.push(node);
  }
  return kept;
}
