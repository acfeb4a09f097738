// Offsets ↔ DOM for a live page: the text of its text nodes in document order, and where each
// node starts in it, so that a span maps to a Range with one binary search per boundary.
import { ownUiElements } from '../dom/own-ui';
import { squeezeText, type SqueezedText } from './squeeze';

/** Elements whose text the reader does not see as page text (or may edit). Our own UI is skipped by identity. */
const SKIPPED_ELEMENTS = 'head, title, script, style, noscript, template, iframe, textarea';

const SHOW_TEXT = 0x4;
const SHOW_CDATA_SECTION = 0x8;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

export interface TextIndex {
  root: Node;
  /** The concatenated data of `nodes`: every offset of this module indexes into it. */
  text: string;
  nodes: Text[];
  /** nodeStarts[i] is the offset in `text` of nodes[i]'s first character. */
  nodeStarts: number[];
  /** `text` without whitespace, for whitespace-insensitive matching. */
  squeezed: SqueezedText;
}

/** The elements under `root` whose text is not page text, in document order (our own UI last). */
function skippedElements(root: Node): Node[] {
  if (!('querySelectorAll' in root)) return [];
  return [...(root as ParentNode).querySelectorAll(SKIPPED_ELEMENTS), ...ownUiElements().filter((e) => e !== root && root.contains(e))];
}

/** The text nodes under the elements of `root` whose text is not page text. */
function skippedTextNodes(root: Node, doc: Document): Set<Node> {
  const skipped = new Set<Node>();
  for (const element of skippedElements(root)) {
    const walker = doc.createTreeWalker(element, SHOW_TEXT | SHOW_CDATA_SECTION);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) skipped.add(node);
  }
  return skipped;
}

const FOLLOWING_NODE = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/**
 * Where `node` (under `root`) starts in buildTextIndex(root).text, without indexing `root`: the
 * browser's own text of everything before it, less the text of the skipped elements before it.
 */
export function textOffsetOf(root: Node, node: Node): number {
  const doc = root.ownerDocument ?? (root as Document);
  const before = doc.createRange();
  before.setStart(root, 0);
  before.setEndBefore(node);
  let offset = before.toString().length;
  let counted: Node | null = null;
  for (const element of skippedElements(root)) {
    // Inside one already counted, or not before the node: nothing more to take off.
    if ((counted && counted.contains(element)) || !(element.compareDocumentPosition(node) & FOLLOWING_NODE) || element.contains(node)) continue;
    offset -= element.textContent?.length ?? 0;
    counted = element;
  }
  return offset;
}

/**
 * The page text under `root`. A page has about as many elements as text nodes, and from a content
 * script's world every node touched costs a crossing into the DOM: so the walk visits text nodes
 * only (a native TreeWalker), and the few elements whose text is skipped are found by a selector.
 * `part`, an index already built of an element under `root`, is taken as it is: only the rest of
 * `root` is walked.
 */
export function buildTextIndex(root: Node, part?: TextIndex): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const skipped = skippedTextNodes(root, doc);
  const nodes: Text[] = [];
  const nodeStarts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  const partFirst = part?.nodes[0];
  const walker = doc.createTreeWalker(root, SHOW_TEXT | SHOW_CDATA_SECTION);
  // A text root is the walker's root, which nextNode() never returns.
  let node: Node | null = root.nodeType === TEXT_NODE || root.nodeType === CDATA_SECTION_NODE ? root : walker.nextNode();
  for (; node; node = walker.nextNode()) {
    if (node === partFirst) {
      for (let i = 0; i < part!.nodes.length; i++) nodeStarts.push(length + part!.nodeStarts[i]!);
      nodes.push(...part!.nodes);
      parts.push(part!.text);
      length += part!.text.length;
      // On past the part's last indexed node: what follows it inside the part is skipped text.
      walker.currentNode = part!.nodes[part!.nodes.length - 1]!;
      continue;
    }
    const data = (node as Text).data;
    if (data.length === 0 || skipped.has(node)) continue;
    nodes.push(node as Text);
    nodeStarts.push(length);
    parts.push(data);
    length += data.length;
  }
  const text = parts.join('');
  return { root, text, nodes, nodeStarts, squeezed: squeezeText(text) };
}

/** Index of the last node starting at or before `offset` (strictly before it when `beforeOnly`). */
function nodeAt(index: TextIndex, offset: number, beforeOnly: boolean): number {
  const { nodeStarts } = index;
  let low = 0;
  let high = nodeStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    const nodeStart = nodeStarts[mid]!;
    if (beforeOnly ? nodeStart < offset : nodeStart <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The live Range of index.text[start, end), with both boundaries inside text nodes: the start at
 * the beginning of the node holding `start`, the end at the end of the node holding `end - 1`,
 * so the range never spills into a neighbouring node. Offsets are clamped to the text.
 */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range {
  const document = index.root.ownerDocument ?? (index.root as Document);
  const range = document.createRange();
  if (index.nodes.length === 0) {
    range.selectNodeContents(index.root);
    range.collapse(true);
    return range;
  }
  const from = Math.max(0, Math.min(start, index.text.length));
  const to = Math.max(from, Math.min(end, index.text.length));
  const startNode = nodeAt(index, from, false);
  const endNode = to > from ? nodeAt(index, to, true) : startNode;
  // Start from the start node's contents so each boundary is only compared with a point just
  // before it: jsdom compares boundary points by walking the tree, from a fresh range's
  // (document, 0) that would cost a walk over the page per range.
  range.selectNodeContents(index.nodes[startNode]!);
  range.setStart(index.nodes[startNode]!, from - index.nodeStarts[startNode]!);
  range.setEnd(index.nodes[endNode]!, to - index.nodeStarts[endNode]!);
  return range;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, spelled out so this runs without DOM globals

/** Position of `node` in index.nodes by binary search in document order, or -1. */
function findIndexedNode(index: TextIndex, node: Node): number {
  let low = 0;
  let high = index.nodes.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    const candidate = index.nodes[mid]!;
    if (candidate === node) return mid;
    if (node.compareDocumentPosition(candidate) & FOLLOWING) high = mid - 1;
    else low = mid + 1;
  }
  return -1;
}

/**
 * The index.text offset of a boundary point: exact inside an indexed text node, else the start of
 * the first indexed node at or after the point (found by binary search in document order).
 */
function offsetOfBoundary(index: TextIndex, container: Node, offset: number): number {
  if (!index.root.contains(container)) {
    return index.root.compareDocumentPosition(container) & FOLLOWING ? index.text.length : 0;
  }
  const number = findIndexedNode(index, container);
  if (number >= 0) return index.nodeStarts[number]! + Math.max(0, Math.min(offset, index.nodes[number]!.length));
  const document = index.root.ownerDocument ?? (index.root as Document);
  const point = document.createRange();
  point.setStart(container, Math.max(0, Math.min(offset, childCount(container))));
  let low = 0;
  let high = index.nodes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (point.comparePoint(index.nodes[mid]!, 0) < 0) low = mid + 1;
    else high = mid;
  }
  return index.nodeStarts[low] ?? index.text.length;
}

function childCount(node: Node): number {
  return node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE ? (node as Text).length : node.childNodes.length;
}

/** The [start, end) offsets into index.text that `range` covers. */
export function offsetsFromRange(index: TextIndex, range: Range): { start: number; end: number } {
  const start = offsetOfBoundary(index, range.startContainer, range.startOffset);
  const end = offsetOfBoundary(index, range.endContainer, range.endOffset);
  return { start, end: Math.max(start, end) };
}
