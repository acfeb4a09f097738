// @vitest-environment jsdom
import { describe, expect, test, vi } from 'vitest';
import type { PageCollection } from '../store/collection';
import type { NoteRecord } from '../store/schema';
import { createNotesLayer, pickRange } from './notes-layer';

const PAGE = '<p>Intro.</p><p>The minister said "we will not raise taxes" on Monday.</p>';

function mount(html: string): void {
  document.body.innerHTML = html;
}

function selectText(needle: string): Range {
  const node = [...document.querySelectorAll('p')].map((p) => p.firstChild!).find((n) => n.textContent!.includes(needle))!;
  const range = document.createRange();
  const at = node.textContent!.indexOf(needle);
  range.setStart(node, at);
  range.setEnd(node, at + needle.length);
  return range;
}

const noteOn = (id: string, target: NoteRecord['target']): NoteRecord => ({ id, articleId: 'a', body: id, tags: [], target, created: 1, updated: 1 });

describe('the notes layer', () => {
  test('a picked selection is found again after the page changed, painted; a lost one is reported, not dropped', async () => {
    mount(PAGE);
    const picked = pickRange(document, selectText('we will not raise taxes'))!;
    expect(picked.text).toBe('we will not raise taxes');
    const lost = pickRange(document, selectText('Intro'))!;
    const collection: PageCollection = {
      article: null,
      notes: [noteOn('kept', picked.target), noteOn('lost', lost.target), noteOn('page', { kind: 'page' })],
      items: [],
    };
    mount(`<p>Update: figures revised.</p>${PAGE.replace('Intro.', 'Opening.')}`);
    const painter = { paint: vi.fn(), flash: vi.fn(), clear: vi.fn() };
    const layer = createNotesLayer(document, painter, async () => collection);
    const { painted } = await layer.refresh();
    expect(painted.painted).toEqual(['kept']);
    const [{ note }] = painter.paint.mock.calls[0] as [{ note: Range[] }];
    expect(note.map((r) => r.toString())).toEqual(['we will not raise taxes']);
    expect(layer.scrollTo('lost')).toBe(false);
  });

  test('an empty selection picks nothing', () => {
    mount(PAGE);
    const range = document.createRange();
    range.setStart(document.querySelector('p')!.firstChild!, 2);
    expect(pickRange(document, range)).toBeNull();
  });
});
