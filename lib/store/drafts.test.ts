import { fakeBrowser } from '#imports';
import { beforeEach, expect, test, vi } from 'vitest';
import type { PickedPassage } from '../messages';
import { clearDraft, loadDraft, offerPick, saveDraft, takePick, watchPicks } from './drafts';

const PICKED: PickedPassage = { text: 'x', target: { kind: 'page' } };

beforeEach(() => fakeBrowser.reset());

test('a draft is kept per page until saved; an emptied draft is removed', async () => {
  await saveDraft('https://a.example/1', { body: 'half a thought', tags: 'budget', picked: PICKED });
  await saveDraft('https://a.example/2', { body: 'other page', tags: '', picked: null });
  expect(await loadDraft('https://a.example/1')).toEqual({ body: 'half a thought', tags: 'budget', picked: PICKED });
  await saveDraft('https://a.example/2', { body: ' ', tags: '', picked: null });
  expect(await loadDraft('https://a.example/2')).toBeNull();
  await clearDraft('https://a.example/1');
  expect(await loadDraft('https://a.example/1')).toBeNull();
});

test("a passage offered to a tab's panel is taken once, and a watching panel hears of it", async () => {
  const heard = vi.fn();
  const stop = watchPicks(3, heard);
  await offerPick(3, PICKED);
  await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
  expect(await takePick(4)).toBeNull();
  expect(await takePick(3)).toEqual(PICKED);
  expect(await takePick(3)).toBeNull();
  stop();
});
