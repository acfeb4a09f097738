// @vitest-environment jsdom
import { beforeEach, expect, test } from 'vitest';
import { extractArticle } from '../extract/extract';
import { findArticleContainer, xpathLiteral } from './article-container';

beforeEach(() => {
  document.body.innerHTML = '';
});

const FIRST = 'The council met on Monday to discuss the flooding of the lower town.';
const LAST = 'Residents will be told of the decision by letter before the end of May.';

test('the smallest element holding both landmarks is the container; its copy in a script does not count', () => {
  document.body.innerHTML = `
    <script type="application/ld+json">{"articleBody": "${FIRST}"}</script>
    <nav><a href="/">Home</a></nav>
    <main><article id="story"><p>${FIRST}</p><p>Middle words.</p><p>${LAST}</p></article><aside>Related</aside></main>`;
  expect(findArticleContainer(document, { first: FIRST.slice(0, 40), last: LAST.slice(-40) })?.id).toBe('story');
});

test('landmarks that are not on the page, or that only the body holds together, give no container', () => {
  document.body.innerHTML = `<p>${FIRST}</p><p>${LAST}</p>`;
  expect(findArticleContainer(document, { first: FIRST, last: LAST })).toBeNull();
  expect(findArticleContainer(document, { first: 'words the page never had in it', last: LAST })).toBeNull();
});

test('a passage with both kinds of quote mark is still looked for', () => {
  const tricky = `He said "it's over" and left the room before anyone else did.`;
  document.body.innerHTML = `<header>Site</header><div id="a"><p>${tricky.replace(/"/g, '&quot;')}</p><p>${LAST}</p></div>`;
  expect(xpathLiteral(`a"b'c`)).toBe(`concat("a", '"', "b'c")`);
  expect(findArticleContainer(document, { first: tricky, last: LAST })?.id).toBe('a');
});

test('extraction gives landmarks that find the article it read', () => {
  const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1} of the report on the flooding tells what the council decided, and why it took so long.</p>`);
  document.body.innerHTML = `<header><nav>${'<a href="/">Section</a> '.repeat(30)}</nav></header><div id="story"><h1>Flooding</h1>${paragraphs.join('')}</div><footer>Contact us</footer>`;
  const extracted = extractArticle(document, { force: true });
  if (!extracted.ok) throw new Error(extracted.message);
  expect(extracted.landmarks).toEqual({ first: expect.stringContaining('Paragraph 1 of'), last: expect.stringContaining('took so long.') });
  expect(findArticleContainer(document, extracted.landmarks!)?.id).toBe('story');
});
