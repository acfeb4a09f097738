import { fakeBrowser } from '#imports';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { backgroundStopped, envelope, fail, handleMessages, ok, sendToRuntime, sendToTab } from './messages';

const IDLE = { state: 'idle', quotes: 0, claims: 0, anchored: 0, timings: { extract: 0, detect: 0, anchor: 0, paint: 0 } } as const;

beforeEach(() => fakeBrowser.reset());

describe('handleMessages + sendToRuntime', () => {
  test('a handler’s result reaches the sender', async () => {
    handleMessages({ 'sourcelight/status': () => ok(IDLE) });
    expect(await sendToRuntime('sourcelight/status', null)).toEqual({ ok: true, value: IDLE });
  });

  test('a request reaches its handler', async () => {
    const scrolled = vi.fn(() => ok(true));
    handleMessages({ 'sourcelight/scroll-to': scrolled });
    await sendToRuntime('sourcelight/scroll-to', { kind: 'claim', index: 3 });
    expect(scrolled).toHaveBeenCalledWith({ kind: 'claim', index: 3 }, expect.anything());
  });

  test('an error result travels back as it is', async () => {
    handleMessages({ 'sourcelight/annotate-tab': () => fail('nope') });
    expect(await sendToRuntime('sourcelight/annotate-tab', { tabId: 1 })).toEqual({ ok: false, error: 'nope' });
  });

  test('a throwing handler becomes an error result, not a rejection', async () => {
    handleMessages({
      'sourcelight/annotate': () => {
        throw new Error('boom');
      },
    });
    expect(await sendToRuntime('sourcelight/annotate', {})).toEqual({ ok: false, error: 'boom' });
  });

  test('a rejected promise becomes an error result', async () => {
    handleMessages({ 'sourcelight/annotate': () => Promise.reject(new Error('later boom')) });
    expect(await sendToRuntime('sourcelight/annotate', {})).toEqual({ ok: false, error: 'later boom' });
  });

  test('a background stopped while we wait gets a clear message, not the browser’s own text', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('The message port closed before a response was received.'));
    expect(await sendToRuntime('sourcelight/annotate-tab', { tabId: 1 })).toEqual({ ok: false, error: backgroundStopped() });
  });

  test('no listener at all is an error result', async () => {
    expect(await sendToRuntime('sourcelight/status', null)).toMatchObject({ ok: false });
  });

  test('types without a handler and foreign messages are left to other listeners', async () => {
    const other = vi.fn((_message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      sendResponse('other listener');
      return true;
    });
    handleMessages({ 'sourcelight/status': () => ok(IDLE) });
    fakeBrowser.runtime.onMessage.addListener(other);
    expect(await fakeBrowser.runtime.sendMessage({ hello: 'world' })).toBe('other listener');
    expect(await fakeBrowser.runtime.sendMessage(envelope('sourcelight/annotation', null))).toBe('other listener');
  });

  test('the returned function removes the listener', async () => {
    const stop = handleMessages({ 'sourcelight/status': () => ok(IDLE) });
    stop();
    expect(await sendToRuntime('sourcelight/status', null)).toMatchObject({ ok: false });
  });
});

describe('sendToTab', () => {
  const replyFromTab = (reply: (tabId: number, message: unknown) => Promise<unknown>) => {
    const send = vi.fn(reply);
    Object.assign(fakeBrowser.tabs, { sendMessage: send });
    return send;
  };

  test('a tab that cannot be reached is an error result', async () => {
    replyFromTab(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    expect(await sendToTab(7, 'sourcelight/status', null)).toEqual({
      ok: false,
      error: 'Could not establish connection. Receiving end does not exist.',
    });
  });

  test('sends the envelope to the tab and returns its answer', async () => {
    const send = replyFromTab(async () => ok(true));
    expect(await sendToTab(7, 'sourcelight/scroll-to', { kind: 'quote', index: 0 })).toEqual({ ok: true, value: true });
    expect(send).toHaveBeenCalledWith(7, { type: 'sourcelight/scroll-to', request: { kind: 'quote', index: 0 } });
  });

  test('an answer that is not a result (an old content script) is an error result', async () => {
    replyFromTab(async () => undefined);
    expect(await sendToTab(7, 'sourcelight/status', null)).toMatchObject({ ok: false });
  });
});
