// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest';
import type { Detection } from '../detect/detect';
import type { Painter, PaintRanges } from '../paint/highlights';
import { ELEMENT_BUDGET } from './budget';
import { runPipeline } from './pipeline';
import { Cancelled, type Scheduler } from './scheduling';

// Detection is another module's job (the extension runs it in the background): here it finds
// the first “…” quote (its speaker the word before "said") and every number, so the test is
// about extracting, anchoring and painting.
const fakeDetect = (text: string): Detection => {
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
};

const OPTIONS = { detect: async (text: string) => fakeDetect(text) };

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
  return { painted, paint: (r) => painted.push(r), show: () => undefined, flash: () => undefined, clear: () => undefined };
}

let doc: Document;
beforeEach(() => {
  doc = loadPage(ARTICLE);
});

describe('runPipeline', () => {
  test('annotates an article: counts, live ranges over the same words, every stage timed', async () => {
    const painter = recordingPainter();
    const { status, painted } = await runPipeline(doc, painter, OPTIONS);
    expect(status).toMatchObject({ state: 'annotated', quotes: 1, claims: 2, anchored: 3 });
    expect(Object.values(status.timings).every((ms) => ms >= 0)).toBe(true);
    expect(painted?.ranges.quotes[0]?.toString()).toMatch(/^“we will send 3,000 soldiers .* if needed”$/);
    expect(painted?.ranges.speakers[0]?.toString()).toBe('minister');
    expect(painted?.ranges.claims.map((r) => r?.toString())).toEqual(['3,000', '40,000']);
    expect(painter.painted).toHaveLength(1);
    expect(painter.painted[0]?.claim).toHaveLength(2);
    expect(painted?.annotation.article.title).toBe('Troops to the front');
  });

  test('paints a direct quote with the direct line and a reported one with the indirect line, both with the quote fill', async () => {
    const reported = async (text: string): Promise<Detection> => {
      const found = fakeDetect(text);
      const first = found.quotes[0];
      const second = { ...first!, start: text.indexOf('the move'), end: text.indexOf(', and called'), kind: 'indirect' as const };
      return { ...found, quotes: [first!, second] };
    };
    const painter = recordingPainter();
    await runPipeline(doc, painter, { detect: reported });
    const [paint] = painter.painted;
    expect(paint?.quote.map(String)).toHaveLength(2);
    expect(paint?.direct.map(String)).toEqual([expect.stringMatching(/^“we will send/)]);
    expect(paint?.indirect.map(String)).toEqual(['the move risked a wider escalation of the conflict']);
  });

  test('detection is told where the article’s block quotations are', async () => {
    const quoted = 'Troops will stay in their barracks until the spring, and no leave will be granted before then.';
    const page = loadPage(ARTICLE.replace('</h1>', `</h1>\n<blockquote><p>${quoted}</p></blockquote>`));
    const seen: string[] = [];
    await runPipeline(page, recordingPainter(), {
      detect: async (text, blockQuotes = []) => (seen.push(...blockQuotes.map((r) => text.slice(r.start, r.end).trim())), fakeDetect(text)),
    });
    expect(seen).toEqual([quoted]);
  });

  test('the article’s outbound links come with the annotation (the source ledger reads them)', async () => {
    const linked = ARTICLE.replace('according to figures', 'according to <a href="https://stats.example.org/troops">figures</a>');
    const { painted } = await runPipeline(loadPage(linked), recordingPainter(), OPTIONS);
    expect(painted?.annotation.links?.map((l) => l.href)).toEqual(['https://stats.example.org/troops']);
  });

  test('leaves the page’s DOM as it was', async () => {
    const before = doc.documentElement.outerHTML;
    await runPipeline(doc, recordingPainter(), OPTIONS);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('a page that is not an article stops after extraction', async () => {
    const painter = recordingPainter();
    const outcome = await runPipeline(loadPage('<html><body><form><input name="q"><button>Search</button></form></body></html>'), painter, OPTIONS);
    expect(outcome.status).toMatchObject({ state: 'not-article', quotes: 0, claims: 0, anchored: 0 });
    expect(outcome.status.message).toMatch(/doesn't look like an article/);
    expect(outcome.painted).toBeNull();
    expect(painter.painted).toHaveLength(0);
  });

  test('a document that is not HTML (an SVG drawing, a PDF viewer, an XML file) is not an article, and says why', async () => {
    const xml = new DOMParser().parseFromString('<feed><title>x</title></feed>', 'application/xml');
    const outcome = await runPipeline(xml, recordingPainter(), OPTIONS);
    expect(outcome.status).toMatchObject({
      state: 'not-article',
      message: 'This is not an article: Sourcelight reads web pages, and this is an image, a PDF or another kind of file.',
    });
    expect(outcome.painted).toBeNull();
  });

  test('without the Highlight API the annotation is kept and the state says why nothing is painted', async () => {
    const { status, painted } = await runPipeline(doc, null, OPTIONS);
    expect(status.state).toBe('error');
    expect(status.message).toMatch(/Custom Highlight API/);
    expect(painted?.annotation.quotes).toHaveLength(1);
  });

  test('a painter that throws becomes an error state, not an exception', async () => {
    const painter: Painter = {
      paint: () => {
        throw new Error('Xray wrapper');
      },
      show: () => undefined,
      flash: () => undefined,
      clear: () => undefined,
    };
    const { status } = await runPipeline(doc, painter, OPTIONS);
    expect(status).toMatchObject({ state: 'error', quotes: 1, claims: 2 });
    expect(status.message).toMatch(/Xray wrapper/);
  });

  describe('on the main thread', () => {
    const FIGURES = paragraph(Array.from({ length: 60 }, (_, i) => `In district ${i + 1} the count rose to ${(i + 1) * 1000} voters this year.`).join(' '));
    const LONG = ARTICLE.replace('</article>', `${FIGURES}</article>`);

    /** A scheduler whose clock moves 3 ms at every reading, logging each yield beside the stages' work. */
    function loggingScheduler(log: string[]): Scheduler {
      let clock = 0;
      return { now: () => (clock += 3), yield: async () => void log.push('yield') };
    }

    test('every stage starts in a task of its own, and long anchoring yields inside its stage', async () => {
      const log: string[] = [];
      const painter = recordingPainter();
      const detect = async (text: string): Promise<Detection> => (log.push('detecting'), fakeDetect(text));
      const { status } = await runPipeline(
        loadPage(LONG),
        { ...painter, paint: (r) => (log.push('painting'), painter.paint(r)) },
        {
          detect,
          scheduler: loggingScheduler(log),
          onProgress: ({ stage }) => log.push(stage),
        },
      );
      expect(status).toMatchObject({ state: 'annotated', claims: 122, anchored: 123 });
      expect(log.slice(0, 3)).toEqual(['yield', 'extract', 'yield']);
      for (const stage of ['detect', 'anchor', 'paint']) expect(log[log.indexOf(stage) - 1]).toBe('yield');
      expect(log[log.indexOf('detect') + 1]).toBe('detecting');
      const anchoring = log.slice(log.indexOf('anchor'), log.indexOf('paint'));
      expect(anchoring.filter((e) => e === 'yield').length).toBeGreaterThan(5);
      expect(log.slice(-2)).toEqual(['paint', 'painting']);
    });

    test('a run that stops being live stops at its next yield, painting nothing', async () => {
      const painter = recordingPainter();
      let yields = 0;
      const scheduler: Scheduler = { now: loggingScheduler([]).now, yield: async () => void yields++ };
      const run = runPipeline(loadPage(LONG), painter, { ...OPTIONS, scheduler, live: () => yields < 6 });
      await expect(run).rejects.toBeInstanceOf(Cancelled);
      expect(painter.painted).toHaveLength(0);
    });
  });
});

describe('budgets: a huge page is read and painted in part, and says so', () => {
  const manyFigures = (paragraphs: number): Document =>
    loadPage(
      `<!doctype html><html lang="en"><head><title>Figures</title></head><body><article><h1>Figures</h1>${Array.from({ length: paragraphs }, (_, i) =>
        paragraph(`In district ${i + 1} the council counted 40 homes and 12 shops that were flooded, and the river rose by 3 metres in a night.`),
      ).join('')}</article></body></html>`,
    );

  test('painted items stop at the paint budget, in text order; the rest are listed unanchored', async () => {
    const painter = recordingPainter();
    const { status, painted } = await runPipeline(manyFigures(700), painter, OPTIONS);
    expect(status.state).toBe('annotated');
    expect(status.claims).toBe(2_800);
    expect(status.anchored).toBe(2_000);
    expect(painter.painted[0]?.claim).toHaveLength(2_000);
    expect(painted?.ranges.claims.slice(0, 2_000).every((r) => r !== null)).toBe(true);
    expect(painted?.ranges.claims.slice(2_000).every((r) => r === null)).toBe(true);
    expect(status.notice).toBe('It marks the first 2,000 of the 2,800 quotes and figures found, so the page stays quick.');
  });

  test('detection reads the first 100,000 words of a longer article', async () => {
    const seen: string[] = [];
    const { status } = await runPipeline(manyFigures(5_000), recordingPainter(), {
      detect: async (text: string) => (seen.push(text), { quotes: [], claims: [] }),
    });
    expect(seen[0]?.split(/\s+/).filter(Boolean)).toHaveLength(100_000);
    expect(status.notice).toBe('This page is very long: Sourcelight read its first 100,000 words.');
  });

  test('a page of more elements than the budget is read only when the reader asks', async () => {
    const painter = recordingPainter();
    const asked = await runPipeline(manyFigures(120), painter, { ...OPTIONS, elementBudget: 100 });
    expect(asked.status).toMatchObject({ state: 'not-article', message: expect.stringMatching(/^This page is very large \(1\d\d elements\)/) });
    expect(asked.status.notice).toBe(asked.status.message);
    expect(painter.painted).toEqual([]);
    const forced = await runPipeline(manyFigures(120), painter, { ...OPTIONS, elementBudget: 100, force: true });
    expect(forced.status).toMatchObject({ state: 'annotated', claims: 480 });
  });

  // Elements, not text, count: a page with empty markup past the product's budget is asked about
  // before Readability parses it (which is why this stays quick in jsdom).
  test(`the product's budget is ${ELEMENT_BUDGET.toLocaleString('en')} elements`, async () => {
    const page = loadPage(
      `<!doctype html><html lang="en"><body><article>${paragraph('The council counted 40 homes that were flooded.')}${'<i></i>'.repeat(ELEMENT_BUDGET)}</article></body></html>`,
    );
    const { status } = await runPipeline(page, recordingPainter(), OPTIONS);
    expect(status).toMatchObject({ state: 'not-article', message: expect.stringMatching(/^This page is very large \(30,00\d elements\)/) });
  });

  test('a page under both budgets gets no notice', async () => {
    expect((await runPipeline(doc, recordingPainter(), OPTIONS)).status.notice).toBeUndefined();
  });
});
