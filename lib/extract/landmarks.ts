// Two passages that find the article in the live page without reading the whole page: the words of
// the first and the last long text node of Readability's article. Readability moves the copy's
// text nodes but leaves their words as they are, so each is found, word for word, in one text node
// of the live page (lib/page/article-container.ts), and the element holding both holds the article.

export interface ArticleLandmarks {
  first: string;
  last: string;
}

/** A text node this long (whitespace aside) is specific enough to be looked for on its own. */
const MIN_LANDMARK = 24;
/** Enough words to be specific; a short string keeps the live page's search cheap. */
const MAX_LANDMARK = 80;

const TEXT_NODE = 3;

/** The first (or last) text node under `root` long enough to be a landmark, in document order; visits only the nodes before it. */
function landmarkText(root: Node, fromEnd: boolean): string | null {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const words = (node.nodeValue ?? '').trim();
      if (words.length >= MIN_LANDMARK) return fromEnd ? words.slice(-MAX_LANDMARK).trimStart() : words.slice(0, MAX_LANDMARK).trimEnd();
      continue;
    }
    const children = node.childNodes;
    // The stack pops last-in first: pushed in reverse of the order they are to be visited.
    if (fromEnd) for (let i = 0; i < children.length; i++) stack.push(children[i]!);
    else for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}

/** The landmarks of Readability's article element, or null when it has no text node long enough. */
export function articleLandmarks(article: Node): ArticleLandmarks | null {
  const first = landmarkText(article, false);
  const last = landmarkText(article, true);
  return first && last ? { first, last } : null;
}
