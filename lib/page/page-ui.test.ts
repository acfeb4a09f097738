import { expect, test, vi } from 'vitest';
import { createPageUiLoader, lazyView, registerPageUi, type PageUi } from './page-ui';

// The page's UI is loaded once, the first time something is to be shown, and shows the latest
// state asked for meanwhile.

const fakeUi = (): PageUi & { cards: unknown[] } => {
  const cards: unknown[] = [];
  return { cards, hoverCard: (_container, state) => void cards.push(state), legend: () => undefined, selectionNote: () => undefined };
};
const container = {} as HTMLElement;
/** Like the background's injection: the script runs in a later task, then the answer comes. */
const injecting = (world: object, ui: PageUi) => async (): Promise<null> => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  registerPageUi(world, ui);
  return null;
};

test('nothing loads until something is to be shown; then once, and the latest state is shown', async () => {
  const world = {};
  const ui = fakeUi();
  const inject = vi.fn(injecting(world, ui));
  const loader = createPageUiLoader(world, inject);
  const show = lazyView<string>(
    loader,
    () => undefined,
    (loaded, state) => loaded.hoverCard(container, state as never),
  );
  show(null);
  expect(inject).not.toHaveBeenCalled();
  show('first');
  show('second');
  await loader.load();
  await Promise.resolve();
  expect(inject).toHaveBeenCalledTimes(1);
  expect(ui.cards).toEqual(['second']);
  show(null);
  expect(ui.cards).toEqual(['second', null]);
});

test('a card taken away before the UI arrived is not shown', async () => {
  const world = {};
  const ui = fakeUi();
  const loader = createPageUiLoader(world, injecting(world, ui));
  const show = lazyView<string>(
    loader,
    () => undefined,
    (loaded, state) => loaded.hoverCard(container, state as never),
  );
  show('card');
  show(null);
  await loader.load();
  await Promise.resolve();
  expect(ui.cards).toEqual([null]);
});

test('a UI already in the world (an earlier copy of the content script loaded it) is used without injecting', async () => {
  const world = {};
  const ui = fakeUi();
  registerPageUi(world, ui);
  const inject = vi.fn(async () => null);
  expect(await createPageUiLoader(world, inject).load()).toBe(ui);
  expect(inject).not.toHaveBeenCalled();
});

test('a failed injection leaves nothing shown, and the next need tries again', async () => {
  const world = {};
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const inject = vi.fn(async (): Promise<string | null> => 'no permission');
  const loader = createPageUiLoader(world, inject);
  expect(await loader.load()).toBeNull();
  expect(warn).toHaveBeenCalledOnce();
  const ui = fakeUi();
  inject.mockImplementation(injecting(world, ui));
  expect(await loader.load()).toBe(ui);
  expect(inject).toHaveBeenCalledTimes(2);
  warn.mockRestore();
});

test('closing a shown view takes it down without putting the host on the page again', async () => {
  const world = {};
  const ui = fakeUi();
  registerPageUi(world, ui);
  const attach = vi.fn();
  const show = lazyView<string>(
    createPageUiLoader(world, async () => null),
    attach,
    (loaded, state) => loaded.hoverCard(container, state as never),
  );
  show('card');
  expect(attach).toHaveBeenCalledTimes(1);
  // Teardown removed the host; the view closing after must not bring it back.
  show(null);
  expect(ui.cards).toEqual(['card', null]);
  expect(attach).toHaveBeenCalledTimes(1);
});

test('a load still pending when the loader stops renders nothing and attaches nothing', async () => {
  const world = {};
  const ui = fakeUi();
  const loader = createPageUiLoader(world, injecting(world, ui));
  const attach = vi.fn();
  const show = lazyView<string>(loader, attach, (loaded, state) => loaded.hoverCard(container, state as never));
  show('card');
  show(null);
  loader.stop();
  expect(await loader.load()).toBeNull();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(ui.cards).toEqual([]);
  expect(attach).not.toHaveBeenCalled();
  // Nor does anything shown after the stop, though the UI is now in the world.
  show('later');
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(ui.cards).toEqual([]);
  expect(attach).not.toHaveBeenCalled();
});
