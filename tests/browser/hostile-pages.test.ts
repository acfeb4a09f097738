import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CardProbe, PageAnnotation, PageStatus } from '../../lib/messages';
import { ELEMENT_BUDGET, tooLarge } from '../../lib/page/budget';
import { HIGHLIGHT } from '../../lib/paint/highlights';
import { launchExtension, overlayHosts, sendToRuntimeFrom, sendToTabFrom, serveFixtures, tabIdOf, type ExtensionSession, type FixtureServer } from './harness';

// Pages that try to break Sourcelight or use it against the reader. Each is made here and served
// on the loopback server's origin (with the headers it needs), as a hostile site would serve it:
// the page's own script runs first, then the reader clicks. Each must end inert — annotated, or
// a clear message — with the page as it was, our UI out of the page's reach, nothing of ours run
// from page text, and no error of ours.

const PARAGRAPHS = [
  'The city council voted on Tuesday to spend $4.5 million on new flood defences along the river, after 40 homes were flooded in March and hundreds of residents spent nights in shelters.',
  '"We cannot wait for the next storm to decide for us," said Mayor Ana Lopez, who proposed the plan. She added that work on the first embankment would start in June and last about eight months.',
  'According to the Environment Agency, river levels rose by 2.3 metres in 12 hours during the March storm, the fastest rise recorded in 30 years of measurements at the town bridge.',
  'Opposition councillors backed the spending but questioned the timetable. "Eight months is optimistic for a project of this size," said councillor Peter Grant, who chairs the finance committee.',
  'Residents of the worst-hit streets welcomed the vote. A survey by the residents\u2019 association found that 62% of households had not yet been able to return home, and 15 families were still in temporary housing.',
  'The council said the money would come from reserves and a government grant of $1.2 million, and that insurance claims from the March floods had already passed $9 million across the district.',
];

interface HostilePage {
  /** In <head>, before anything of ours runs. */
  head?: string;
  /** Inside the article, after the first paragraphs. */
  inArticle?: string;
  /** Wraps the article (deep nesting). */
  wrap?: (article: string) => string;
  headers?: Record<string, string>;
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;');

function articleHtml({ head = '', inArticle = '', wrap = (a) => a }: HostilePage): string {
  const [first, second, ...rest] = PARAGRAPHS.map((p) => `<p>${escapeText(p)}</p>`);
  const article = `<article><h1>Council approves $4.5 million for flood defences</h1><p class="byline">By Sam Carter</p>
${first}${second}${inArticle}${rest.join('')}</article>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council approves flood defences</title>${head}</head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main>${wrap(article)}</main><footer><p>Riverside Gazette</p></footer></body></html>`;
}

/** `count` paragraphs of the article's own, over and over. */
const manyParagraphs = (count: number): string => Array.from({ length: count }, (_, i) => `<p>${escapeText(PARAGRAPHS[i % PARAGRAPHS.length]!)}</p>`).join('');

/** One paragraph of about `bytes` bytes of the article's sentences. */
const hugeParagraph = (bytes: number): string => {
  const text = escapeText(PARAGRAPHS.join(' '));
  return `<p>${text.repeat(Math.ceil(bytes / text.length))}</p>`;
};

/** The page's own watchers, installed before we run: everything it could learn or do to us. */
const SPY = `<script>
window.__probe = { constructed: 0, attachShadowCalls: 0, shadowRoots: [], claimed: 0, messages: [], ran: 0 };
customElements.define('sourcelight-root', class extends HTMLElement { constructor() { super(); window.__probe.constructed++; } });
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) { window.__probe.attachShadowCalls++; return attachShadow.call(this, init); };
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) {
    if (node === document.body || node === document.head || node.nodeType !== 1) continue;
    window.__probe.shadowRoots.push(String(node.shadowRoot));
    try { attachShadow.call(node, { mode: 'open' }); window.__probe.claimed++; } catch {}
  }
}).observe(document.documentElement, { childList: true });
addEventListener('message', (event) => window.__probe.messages.push(JSON.stringify(event.data)));
</script>`;

/** Page text that would run if anything of ours treated it as markup. */
const INERT_MARKUP = `<p>"&lt;img src=x onerror=window.__probe.ran++&gt; is only text," said security researcher Tom Reed, adding that &lt;script&gt;window.__probe.ran++&lt;/script&gt; and &amp;lt;b&amp;gt; are too.</p>
<p>The full report is <a href="javascript:window.__probe.ran++">here</a>, and its <a href="https://example.org/report">summary</a> is online.</p>
<script>var hidden = '"This is no quote at all," said Nobody Inparticular.';</script>
<p>"The vote\u200b was \u202Eclear\u202C and \u05D4\u05E6\u05D1\u05E2\u05D4 final," said Dana Cohen, a resident who spoke in Hebrew and English.</p>
<img src="data:," onerror="window.__probe.ran++" alt="">`;

const PAGES: Record<string, HostilePage> = {
  'takeover.html': {
    head: SPY,
    // The page's own element of our old host name, holding a quote: article text like any other.
    inArticle: '<sourcelight-root><p>"Our element, our words," said council clerk Ruth Mayer, who keeps the minutes.</p></sourcelight-root>',
  },
  'inert-markup.html': { head: SPY, inArticle: INERT_MARKUP },
  'overridden-apis.html': {
    head: `<script>
const refuse = (what) => function () { throw new Error('page refuses ' + what); };
CSS.highlights.set = refuse('CSS.highlights.set');
CSS.highlights.delete = refuse('CSS.highlights.delete');
CSS.highlights.clear = refuse('CSS.highlights.clear');
window.Highlight = refuse('Highlight');
for (const name of ['setStart', 'setEnd', 'getClientRects', 'getBoundingClientRect', 'selectNodeContents', 'toString']) Range.prototype[name] = refuse('Range.' + name);
document.createRange = refuse('createRange');
Element.prototype.attachShadow = refuse('attachShadow');
Node.prototype.appendChild = refuse('appendChild');
Element.prototype.append = refuse('append');
JSON.parse = refuse('JSON.parse');
Array.prototype.push = (function (push) { return function (...items) { return push.apply(this, items); }; })(Array.prototype.push);
</script>`,
  },
  'paragraph-1mb.html': { inArticle: hugeParagraph(1_000_000) },
  'nested-5000.html': { wrap: (article) => `${'<div>'.repeat(5000)}${article}${'</div>'.repeat(5000)}` },
  'paragraphs-50000.html': { inArticle: manyParagraphs(50_000) },
  'page-10mb.html': { inArticle: manyParagraphs(55_000) },
  'strict-csp.html': {
    headers: { 'content-security-policy': "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'; connect-src 'none'" },
  },
};

const SVG_DRAWING = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><title>Flood map</title>
<text x="10" y="50">"We cannot wait," said Mayor Ana Lopez; 40 homes were flooded.</text></svg>`;

let server: FixtureServer;
let session: ExtensionSession;
let control: Page;

/** Where the made pages are served: the fixture server's origin, so the test build's host grant covers them. */
const urlOf = (name: string): string => server.url(`hostile/${name}`);

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchExtension();
  control = await session.openExtensionPage('popup.html');
  await session.context.route(`${server.origin}/hostile/**`, (route) => {
    const name = new URL(route.request().url()).pathname.replace('/hostile/', '');
    if (name === 'drawing.svg') return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: SVG_DRAWING });
    const page = PAGES[name];
    if (!page) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', ...page.headers }, body: articleHtml(page) });
  });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  tabId: number;
  bodyBefore: string;
  errorsBefore: number;
}

async function open(name: string): Promise<Opened> {
  const page = await session.context.newPage();
  await page.goto(urlOf(name));
  return {
    page,
    tabId: await tabIdOf(control, urlOf(name)),
    bodyBefore: await page.evaluate(() => (document.body ?? document.documentElement).outerHTML),
    errorsBefore: session.errors.length,
  };
}

async function annotate(tabId: number, options: { force?: boolean } = {}): Promise<PageStatus> {
  const result = await sendToRuntimeFrom(control, 'sourcelight/annotate-tab', { tabId, ...options });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

async function annotation(tabId: number): Promise<PageAnnotation> {
  const result = await sendToTabFrom(control, tabId, 'sourcelight/annotation', null);
  if (!result.ok || !result.value) throw new Error('no annotation');
  return result.value;
}

async function card(tabId: number): Promise<CardProbe> {
  const probe = await sendToTabFrom(control, tabId, 'sourcelight/test/card', null);
  return probe.ok ? probe.value : null;
}

/**
 * Runs `expression` in a world of its own in the page, whose built-ins are pristine: the pages
 * here patch the main world's, and the test must not trip on them (nor must we).
 */
async function evaluatePristine<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'hostile-pages-test' });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** Moves the pointer onto the first painted quote and waits for its card. */
async function hoverFirstQuote(page: Page, tabId: number): Promise<CardProbe> {
  const point = await evaluatePristine<{ x: number; y: number } | null>(
    page,
    `(() => {
      const range = [...(CSS.highlights.get(${JSON.stringify(HIGHLIGHT.quote)}) ?? [])][0];
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      const box = live.getClientRects()[0];
      return box ? { x: box.left + Math.min(8, box.width / 2), y: box.top + box.height / 2 } : null;
    })()`,
  );
  if (!point) throw new Error('no painted quote to hover');
  await page.mouse.move(1, 1);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await expect.poll(() => card(tabId)).not.toBeNull();
  return card(tabId);
}

/** What the page's watchers saw (see SPY). */
const probeOf = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __probe: { constructed: number; attachShadowCalls: number; shadowRoots: string[]; claimed: number; messages: string[]; ran: number } }).__probe,
  );

/** The page is as it was, and nothing of ours went wrong on it. */
async function expectUntouched({ page, bodyBefore, errorsBefore }: Opened): Promise<void> {
  expect(await page.evaluate(() => document.body.outerHTML)).toBe(bodyBefore);
  expect(session.errors.slice(errorsBefore).filter((e) => /sourcelight|chrome-extension:|service worker/i.test(e))).toEqual([]);
}

describe('a page that tries to take our UI over', () => {
  let opened: Opened;
  let status: PageStatus;

  beforeAll(async () => {
    opened = await open('takeover.html');
    status = await annotate(opened.tabId);
  });

  test('is annotated, and its own <sourcelight-root> in the article is article text, anchored and painted', async () => {
    expect(status).toMatchObject({ state: 'annotated' });
    const listed = await annotation(opened.tabId);
    const clerk = listed.quotes.find((q) => q.text.includes('Our element, our words'));
    expect(clerk, 'the quote inside the page’s <sourcelight-root>').toMatchObject({ anchored: true });
    const paintedInside = await opened.page.evaluate(
      (name) => [...(CSS.highlights.get(name) ?? [])].some((r) => (r as AbstractRange).startContainer.parentElement?.closest('article sourcelight-root')),
      HIGHLIGHT.quote,
    );
    expect(paintedInside).toBe(true);
  });

  test('cannot claim or reach our host: no constructor of its ran on it, its attachShadow never saw it, its shadow root is closed', async () => {
    const shown = await hoverFirstQuote(opened.page, opened.tabId);
    expect(shown?.text).toMatch(/Speaker/);
    const probe = await probeOf(opened.page);
    expect(probe.constructed).toBe(1); // the page's own element in the article, not ours
    expect(probe.attachShadowCalls).toBe(0);
    expect(probe.shadowRoots).toEqual(['null']);
    expect(probe.claimed).toBe(0);
    expect(await overlayHosts(opened.page)).toBe(1);
  });

  test('is not told that Sourcelight runs: no start-up message to the page', async () => {
    expect((await probeOf(opened.page)).messages).toEqual([]);
  });

  test('cannot stop us by forging the framework’s "started" event', async () => {
    const before = await opened.page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, HIGHLIGHT.quote);
    await opened.page.evaluate((id) => {
      document.dispatchEvent(new CustomEvent(`${id}:content:wxt:content-script-started`, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    }, session.extensionId);
    expect(await sendToTabFrom(control, opened.tabId, 'sourcelight/status', null)).toMatchObject({ ok: true, value: { state: 'annotated' } });
    expect(await opened.page.evaluate((name) => CSS.highlights.get(name)?.size ?? 0, HIGHLIGHT.quote)).toBe(before);
    expect((await hoverFirstQuote(opened.page, opened.tabId))?.text).toMatch(/Speaker/);
  });

  test('a host the page removes comes back with the next card', async () => {
    await opened.page.evaluate(() => [...document.documentElement.children].filter((e) => e !== document.head && e !== document.body).forEach((e) => e.remove()));
    expect(await overlayHosts(opened.page)).toBe(0);
    expect((await hoverFirstQuote(opened.page, opened.tabId))?.text).toMatch(/Speaker/);
    expect(await overlayHosts(opened.page)).toBe(1);
  });

  test('its markup is as it was, and nothing of ours failed', async () => {
    await expectUntouched(opened);
    await opened.page.close();
  });
});

describe('page text that looks like markup', () => {
  test('stays text: nothing in it runs, in the page, the card or the popup; script text is not article text', async () => {
    const opened = await open('inert-markup.html');
    const ranBefore = (await probeOf(opened.page)).ran; // the page's own broken <img> fires once on its own
    expect(await annotate(opened.tabId)).toMatchObject({ state: 'annotated' });
    const listed = await annotation(opened.tabId);
    const reed = listed.quotes.find((q) => q.text.includes('is only text'));
    expect(reed?.text).toContain('<img src=x onerror=window.__probe.ran++>');
    expect(listed.quotes.some((q) => q.text.includes('no quote at all'))).toBe(false);
    const cohen = listed.quotes.find((q) => q.text.includes('The vote'));
    expect(cohen, 'the quote with zero-width and right-to-left characters').toMatchObject({ anchored: true });

    await hoverFirstQuote(opened.page, opened.tabId);
    const popup = await session.openExtensionPage(`popup.html?tab=${opened.tabId}`);
    await expect.poll(() => popup.locator('.item').count()).toBeGreaterThan(0);
    expect(await popup.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await popup.evaluate(() => document.querySelectorAll('img[onerror], script:not([src])').length)).toBe(0);
    await popup.close();

    expect((await probeOf(opened.page)).ran).toBe(ranBefore);
    await expectUntouched(opened);
    await opened.page.close();
  });
});

describe('a page that replaces the APIs we use', () => {
  test('CSS.highlights, Highlight, Range, attachShadow, DOM insertion and JSON patched to throw: we still annotate, paint and show the card', async () => {
    const opened = await open('overridden-apis.html');
    const status = await annotate(opened.tabId);
    expect(status).toMatchObject({ state: 'annotated' });
    expect(status.anchored).toBeGreaterThan(0);
    expect(await opened.page.evaluate((name) => CSS.highlights.has(name), HIGHLIGHT.quote)).toBe(true);
    expect((await hoverFirstQuote(opened.page, opened.tabId))?.text).toMatch(/Speaker/);
    await expectUntouched(opened);
    await opened.page.close();
  });
});

describe('a page with a strict Content-Security-Policy', () => {
  test('is annotated and painted; the card is styled (our style is not the page’s to block)', async () => {
    const opened = await open('strict-csp.html');
    const status = await annotate(opened.tabId);
    expect(status).toMatchObject({ state: 'annotated' });
    expect(status.anchored).toBe(status.quotes + status.claims);
    const shown = await hoverFirstQuote(opened.page, opened.tabId);
    expect(shown?.position).toBe('fixed');
    await expectUntouched(opened);
    await opened.page.close();
  });
});

describe('a document that is not a web page', () => {
  test('an SVG drawing is "not an article", with the reason — not "the page did not answer"', async () => {
    const opened = await open('drawing.svg');
    const result = await sendToRuntimeFrom(control, 'sourcelight/annotate-tab', { tabId: opened.tabId });
    expect(result).toMatchObject({
      ok: true,
      value: { state: 'not-article', message: 'This is not an article: Sourcelight reads web pages, and this is an image, a PDF or another kind of file.' },
    });
    expect(await opened.page.evaluate(() => document.documentElement.outerHTML)).not.toContain('<div');
    await opened.page.close();
  });
});

describe('huge pages', () => {
  // The 50,000-paragraph and 10 MB pages ended in "could not paint this page: Maximum call stack
  // size exceeded" after half a minute. Now they are read up to the word budget and painted up to
  // the paint budget (lib/page/budget.ts), and the reader is told.
  test.each([
    ['paragraph-1mb.html', /marks the first 2,000 of/],
    ['nested-5000.html', undefined],
    ['paragraphs-50000.html', /read its first 100,000 words\. It marks the first 2,000 of/],
    ['page-10mb.html', /read its first 100,000 words\. It marks the first 2,000 of/],
  ] as const)('%s is annotated within the budgets, its markup as it was', async (name, notice) => {
    const opened = await open(name);
    const elements = await opened.page.evaluate(() => document.getElementsByTagName('*').length);
    if (elements > ELEMENT_BUDGET) {
      // Too large to parse without freezing the page: asked first, read when the reader insists.
      expect(await annotate(opened.tabId)).toMatchObject({ state: 'not-article', message: tooLarge(elements) });
    }
    const status = await annotate(opened.tabId, { force: true });
    expect(status.state, status.message).toBe('annotated');
    expect(status.anchored).toBeGreaterThan(0);
    expect(status.anchored).toBeLessThanOrEqual(2_000);
    if (notice) expect(status.notice).toMatch(notice);
    else expect(status.notice).toBeUndefined();
    await expectUntouched(opened);
    await opened.page.close();
  });
});
