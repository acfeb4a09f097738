// @vitest-environment jsdom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Detection } from '../detect/detect';
import type { Painter, PaintRanges } from '../paint/highlights';
import { NOT_A_WEB_PAGE, runPipeline } from './pipeline';

// Detection is another module's job: here it finds the first “…” quote (its speaker the word
// before "said") and every number, so the test is about extracting, anchoring and painting.
vi.mock('../detect/detect', () => ({
  detect: (text: string): Detection => {
    const quote = /“[^”]+”/.exec(text);
    const speaker = /(\w+) said/.exec(text);
    return {
      quotes: quote
        ? [
            {
              start: quote.index,
              end: quote.index + quote[0].length,
              kind: 'direct',
              cue: 'said',
              speaker: speaker ? { name: speaker[1] ?? '', start: speaker.index, end: speaker.index + (speaker[1]?.length ?? 0) } : null,
            },
          ]
        : [],
      claims: [...text.matchAll(/\d[\d,]*/g)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        value: Number(m[0].replace(/,/g, '')),
        unit: null,
        qualifier: null,
        quote: null,
        source: null,
      })),
    };
  },
}));

const paragraph = (text: string): string => `<p>${text}</p>`;
const ARTICLE = `<!doctype html><html lang="en"><head><title>Troops to the front</title></head><body>
<nav><a href="/">Home</a></nav>
<article><h1>Troops to the front</h1>
${paragraph('The minister said “we will send 3,000 soldiers before the winter comes, and more if needed” on Monday, speaking to reporters in the capital after a long meeting.')}
${paragraph('The alliance has stationed 40,000 troops along its eastern flank since the start of the war, according to figures published by its headquarters this week.')}
${paragraph('Officials did not say how the deployment would be paid for, or which of the member states would contribute the largest share of the soldiers and the equipment.')}
${paragraph('Critics warned that the move risked a wider escalation of the conflict, and called on parliament to debate the decision before any troops are sent abroad.')}
</article><footer>© 2024</footer></body></html>`;

const loadPage = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

function recordingPainter(): Painter & { painted: PaintRanges[] } {
  const painted: PaintRanges[] = [];
  return { painted, paint: (r) => painted.push(r), flash: () => undefined, clear: () => undefined };
}

let doc: Document;
beforeEach(() => {
  doc = loadPage(ARTICLE);
});

describe('runPipeline', () => {
  test('annotates an article: counts, live ranges over the same words, every stage timed', async () => {
    const painter = recordingPainter();
    const { status, painted } = await runPipeline(doc, painter);
    expect(status).toMatchObject({ state: 'annotated', quotes: 1, claims: 2, anchored: 3 });
    expect(Object.values(status.timings).every((ms) => ms >= 0)).toBe(true);
    expect(painted?.ranges.quotes[0]?.toString()).toMatch(/^“we will send 3,000 soldiers .* if needed”$/);
    expect(painted?.ranges.speakers[0]?.toString()).toBe('minister');
    expect(painted?.ranges.claims.map((r) => r?.toString())).toEqual(['3,000', '40,000']);
    expect(painter.painted).toHaveLength(1);
    expect(painter.painted[0]?.claim).toHaveLength(2);
    expect(painted?.annotation.article.title).toBe('Troops to the front');
  });

  test('leaves the page’s DOM as it was', async () => {
    const before = doc.documentElement.outerHTML;
    await runPipeline(doc, recordingPainter());
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('a page that is not an article stops after extraction', async () => {
    const painter = recordingPainter();
    const outcome = await runPipeline(loadPage('<html><body><form><input name="q"><button>Search</button></form></body></html>'), painter);
    expect(outcome.status).toMatchObject({ state: 'not-article', quotes: 0, claims: 0, anchored: 0 });
    expect(outcome.status.message).toMatch(/doesn't look like an article/);
    expect(outcome.painted).toBeNull();
    expect(painter.painted).toHaveLength(0);
  });

  test('a document that is not HTML (a PDF viewer, an XML file) gets a clear error', async () => {
    const xml = new DOMParser().parseFromString('<feed><title>x</title></feed>', 'application/xml');
    const outcome = await runPipeline(xml, recordingPainter());
    expect(outcome.status).toMatchObject({ state: 'error', message: NOT_A_WEB_PAGE });
    expect(outcome.painted).toBeNull();
  });

  test('without the Highlight API the annotation is kept and the state says why nothing is painted', async () => {
    const { status, painted } = await runPipeline(doc, null);
    expect(status.state).toBe('error');
    expect(status.message).toMatch(/Custom Highlight API/);
    expect(painted?.annotation.quotes).toHaveLength(1);
  });

  test('a painter that throws becomes an error state, not an exception', async () => {
    const painter: Painter = {
      paint: () => {
        throw new Error('Xray wrapper');
      },
      flash: () => undefined,
      clear: () => undefined,
    };
    const { status } = await runPipeline(doc, painter);
    expect(status).toMatchObject({ state: 'error', quotes: 1, claims: 2 });
    expect(status.message).toMatch(/Xray wrapper/);
  });
});
