import { fakeBrowser } from '#imports';
import { beforeEach, expect, test, vi } from 'vitest';
import { envelope, ok, type PickedPassage } from '../messages';
import { takePick } from '../store/drafts';
import { addNoteToSelection } from './add-note';

const PICKED: PickedPassage = {
  text: 'everything is possible',
  target: {
    kind: 'passage',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'everything is possible', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 5, end: 27 },
    ],
  },
};

let events: string[];
let selection: PickedPassage | null;

beforeEach(() => {
  fakeBrowser.reset();
  events = [];
  selection = PICKED;
  Object.assign(fakeBrowser, { sidePanel: { open: vi.fn(async () => void events.push('panel opened')) } });
  // The content script of tab 7: already running, answers with the reader's selection.
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tabId: number, message: unknown) => {
    const { type } = message as ReturnType<typeof envelope>;
    events.push(type);
    if (type === 'sourcelight/status') return ok({ state: 'annotated' });
    if (type === 'sourcelight/notes/selection') return ok(selection);
    return ok(null);
  });
});

test('the panel opens at once (inside the gesture), then receives the selection for its tab', async () => {
  await addNoteToSelection(7);
  expect(events[0]).toBe('panel opened');
  expect(events).toContain('sourcelight/notes/selection');
  expect(await takePick(7)).toEqual(PICKED);
  expect(await takePick(7)).toBeNull();
  expect(await takePick(8)).toBeNull();
});

test('no selection: the badge says what to do and nothing is offered', async () => {
  selection = null;
  await addNoteToSelection(7);
  expect(await takePick(7)).toBeNull();
  expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('Sourcelight: Select the words to note first.');
});
