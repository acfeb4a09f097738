import { describe, expect, it, vi } from 'vitest';
import { textOfLength } from '../../bench/scaling';
import { STAGES, type PageRun } from '../../bench/stages';
import { countWords, firstWords, median, percentile, spread, timeMedian } from '../../bench/stats';

describe('bench statistics', () => {
  it.each([
    [[5, 1, 3], 50, 3],
    [[5, 1, 3, 4], 50, 3],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 100], 95, 19],
    [[1, 2, 3], 100, 3],
    [[7], 0, 7],
  ])('percentile(%j, %i) = %d', (values, p, out) => {
    expect(percentile(values, p)).toBe(out);
  });

  it('has no percentile of nothing', () => {
    expect(median([])).toBeNaN();
  });

  it('summarises pages by median, p95 and max', () => {
    expect(spread([4, 1, 9, 2, 3])).toEqual({ median: 3, p95: 9, max: 9 });
  });

  it('times the work, not the preparation', () => {
    // A clock that only the callbacks move, so the figure is exact on a loaded machine too.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    try {
      const runs: number[] = [];
      const median = timeMedian(
        3,
        () => {
          clock += 60;
          return runs.length + 1;
        },
        (run) => {
          runs.push(run);
          clock += run;
        },
      );
      expect(runs).toEqual([1, 2, 3]);
      expect(median).toBe(2);
    } finally {
      now.mockRestore();
    }
  });

  it.each([
    ['one  two\nthree four', 2, 'one  two'],
    ['one two', 5, 'one two'],
    ['  lead', 1, '  lead'],
    ['', 3, ''],
  ])('firstWords(%j, %i) = %j', (text, count, out) => {
    expect(firstWords(text, count)).toBe(out);
  });

  it('builds detection texts of the exact length from repeated articles', () => {
    const text = textOfLength(['Alpha beta gamma.', ' Delta epsilon. '], 12);
    expect(countWords(text)).toBe(12);
    expect(text.startsWith('Alpha beta gamma.\n\nDelta epsilon.\n\nAlpha')).toBe(true);
    expect(textOfLength([' ', ''], 10)).toBe('');
  });
});

describe('bench stages', () => {
  it('run in order, each on what the one before left', () => {
    const paragraph = `<p>${'The mayor said the new bridge would carry 40,000 cars a day when it opens next spring. '.repeat(6)}</p>`;
    const page: PageRun = { html: `<html><head><title>Bridge</title></head><body><article>${paragraph.repeat(3)}</article></body></html>`, url: 'https://city.example/bridge' };
    for (const stage of STAGES) stage.run(page, stage.prepare?.(page));
    STAGES.forEach((stage) => stage.release?.(page));
    expect(page.text).toContain('the new bridge would carry');
    expect(Array.isArray(page.quotes) && Array.isArray(page.claims)).toBe(true);
    expect(STAGES.filter((s) => s.yardstick).map((s) => s.name)).toEqual(['readability']);
  });
});
