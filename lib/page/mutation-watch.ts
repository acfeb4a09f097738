// Watching the article for the changes a page makes to its own text, at the least cost: one
// MutationObserver on the article's container (text and children, whole subtree) and on each of
// its ancestors (children only, to see the container itself replaced). A page that ticks a clock
// outside the article costs nothing; inside it, one callback that finds no mark touched. Records
// arrive in the observer's callback, before the page next renders, so a stale mark can be taken
// off before the reader sees it over new text.

export type ArticleChange = ReadonlyArray<MutationRecord> | 'all';

export interface MutationWatch {
  stop(): void;
}

/** Calls `onChange` with the records inside `container`, or 'all' once the container has left the page. */
export function watchContainer(container: Node, onChange: (change: ArticleChange) => void): MutationWatch {
  const Observer = container.ownerDocument?.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  const observer = new Observer((records) => {
    if (!container.isConnected) return onChange('all');
    const inside = records.filter((r) => container.contains(r.target));
    if (inside.length > 0) onChange(inside);
  });
  observer.observe(container, { childList: true, characterData: true, subtree: true });
  for (let node = container.parentNode; node; node = node.parentNode) observer.observe(node, { childList: true });
  return { stop: () => observer.disconnect() };
}

const TEXT_NODE = 3;

/** The smallest element holding every one of `ranges`: the article's container, as far as the marks tell. */
export function containerOf(ranges: ReadonlyArray<Range>, fallback: Node): Node {
  let container: Node | null = ranges[0]?.commonAncestorContainer ?? null;
  for (const range of ranges) {
    while (container && !container.contains(range.commonAncestorContainer)) container = container.parentNode;
  }
  if (container?.nodeType === TEXT_NODE) container = container.parentNode;
  return container ?? fallback;
}
