// Which elements of a page are Sourcelight's own, known by identity: a page may use any element
// name, ours included, and its elements are page content like any other.

// A Set, not a WeakSet, so they can be listed: one host per copy of the content script.
const own = new Set<Node>();

export function markOwnUi(element: Element): void {
  own.add(element);
}

/** Every element marked as ours, in this world. */
export const ownUiElements = (): Node[] => [...own];

export function isOwnUi(node: Node): boolean {
  return own.has(node);
}

/** Whether `node` is our UI or inside it, its shadow tree included. */
export function isInsideOwnUi(node: Node | null | undefined): boolean {
  for (let at = node ?? null; at; at = at.parentNode ?? (at as Partial<ShadowRoot>).host ?? null) if (own.has(at)) return true;
  return false;
}
