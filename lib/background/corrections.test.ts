import { fakeBrowser, type Browser } from '#imports';
import { beforeEach, expect, test, vi } from 'vitest';
import type { Handlers, MessageType, RequestOf, ResponseOf, Result } from '../messages';
import type { NewCorrection } from '../store/corrections';
import { freshStore, page, passage } from '../store/test-db';
import { correctionProblem } from '../store/validate';
import { notesHandlers } from './notes';
import { NOT_ALLOWED } from './senders';

type Sender = Browser.runtime.MessageSender;

const URL = page().url;
const HERE = { url: URL, canonicalUrl: null };
const POPUP: Sender = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/popup.html' };
const CONTENT_SCRIPT: Sender = { id: 'test-extension-id', url: URL, frameId: 0, tab: { id: 7 } as Browser.tabs.Tab };
const OTHER_PAGE: Sender = { ...CONTENT_SCRIPT, url: 'https://evil.example.org/' };
const SUBFRAME: Sender = { ...CONTENT_SCRIPT, frameId: 2 };

const NOT_A_QUOTE: NewCorrection = {
  kind: 'not-quote',
  item: 'quote',
  text: 'Photograph: Ann Lee',
  start: 10,
  end: 29,
  before: 'Caption. ',
  detected: { quoteKind: 'indirect', cue: ':', speaker: 'Photograph' },
  speaker: null,
};

let handlers: Handlers;
beforeEach(() => {
  fakeBrowser.reset();
  handlers = notesHandlers(freshStore);
});

function call<K extends MessageType>(type: K, request: RequestOf<K>, sender: Sender): Promise<Result<ResponseOf<K>>> {
  const handler = handlers[type] as (request: RequestOf<K>, sender: Sender) => Result<ResponseOf<K>> | Promise<Result<ResponseOf<K>>>;
  return Promise.resolve(handler(request, sender));
}

test('the page’s content script keeps, lists and removes its page’s corrections', async () => {
  const added = await call('sourcelight/corrections/add', { page: HERE, correction: NOT_A_QUOTE }, CONTENT_SCRIPT);
  if (!added.ok) throw new Error(added.error);
  expect(await call('sourcelight/corrections/page', HERE, POPUP)).toEqual({ ok: true, value: [added.value] });
  expect(await call('sourcelight/corrections/remove', { page: HERE, id: added.value.id }, CONTENT_SCRIPT)).toEqual({ ok: true, value: null });
  expect(await call('sourcelight/corrections/page', HERE, CONTENT_SCRIPT)).toEqual({ ok: true, value: [] });
});

test('making or undoing a correction tells the extension pages (the library shows kept items as corrected)', async () => {
  const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
  const added = await call('sourcelight/corrections/add', { page: HERE, correction: NOT_A_QUOTE }, CONTENT_SCRIPT);
  if (!added.ok) throw new Error(added.error);
  expect(sent).toHaveBeenCalledWith({ type: 'sourcelight/corrections/changed', request: null });
  sent.mockClear();
  await call('sourcelight/corrections/remove', { page: HERE, id: added.value.id }, CONTENT_SCRIPT);
  expect(sent).toHaveBeenCalledTimes(1);
  sent.mockClear();
  await call('sourcelight/corrections/add', { page: HERE, correction: { ...NOT_A_QUOTE, text: '' } }, CONTENT_SCRIPT);
  expect(sent).not.toHaveBeenCalled();
});

test('a page’s kept items are listed as the reader corrected them: their speaker, the detector’s noted', async () => {
  const kept = await call(
    'sourcelight/notes/keep',
    { page: page(), item: { kind: 'quote', quoteKind: 'direct', cue: 'said', text: 'We will stand', speaker: 'Photograph', target: passage('We will stand', 300) } },
    CONTENT_SCRIPT,
  );
  if (!kept.ok) throw new Error(kept.error);
  const wrongSpeaker: NewCorrection = { ...NOT_A_QUOTE, kind: 'wrong-speaker', text: 'We will stand', start: 300, end: 313, speaker: 'Jens Stoltenberg' };
  expect((await call('sourcelight/corrections/add', { page: HERE, correction: wrongSpeaker }, CONTENT_SCRIPT)).ok).toBe(true);
  const listed = await call('sourcelight/notes/page', HERE, POPUP);
  expect(listed.ok && listed.value.items).toEqual([{ ...kept.value, speaker: 'Jens Stoltenberg', correction: { kind: 'wrong-speaker', detectedSpeaker: 'Photograph' } }]);
});

test('another page, a subframe, cannot read or write this page’s corrections', async () => {
  const added = await call('sourcelight/corrections/add', { page: HERE, correction: NOT_A_QUOTE }, POPUP);
  if (!added.ok) throw new Error(added.error);
  for (const sender of [OTHER_PAGE, SUBFRAME]) {
    expect(await call('sourcelight/corrections/page', HERE, sender)).toEqual({ ok: false, error: NOT_ALLOWED });
    expect(await call('sourcelight/corrections/add', { page: HERE, correction: NOT_A_QUOTE }, sender)).toEqual({ ok: false, error: NOT_ALLOWED });
    expect(await call('sourcelight/corrections/remove', { page: HERE, id: added.value.id }, sender)).toEqual({ ok: false, error: NOT_ALLOWED });
  }
  expect(await call('sourcelight/corrections/page', HERE, POPUP)).toEqual({ ok: true, value: [added.value] });
});

test.each<[string, unknown, string]>([
  ['nothing', undefined, 'No correction given.'],
  ['an unknown kind', { ...NOT_A_QUOTE, kind: 'delete-everything' }, 'Not a correction Sourcelight knows.'],
  ['a kind for the other item', { ...NOT_A_QUOTE, kind: 'not-figure' }, 'Not a correction Sourcelight knows.'],
  ['no words', { ...NOT_A_QUOTE, text: '' }, 'The corrected item has no words.'],
  ['no place', { ...NOT_A_QUOTE, start: -1 }, 'The corrected item has no place in the text.'],
  ['a wrong speaker without a name', { ...NOT_A_QUOTE, kind: 'wrong-speaker', speaker: ' ' }, 'Name who said it.'],
])('a correction with %s is refused', async (_case, correction, problem) => {
  expect(correctionProblem(correction as NewCorrection)).toBe(problem);
  expect(await call('sourcelight/corrections/add', { page: HERE, correction: correction as NewCorrection }, POPUP)).toEqual({ ok: false, error: problem });
});
