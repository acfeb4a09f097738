// One copy of the content script per page. Should a second injection meet the first (the
// background injects only where none answers, but a per-site registration and a click can
// race), the newer copy stops the older one. They meet through the content script's own global,
// which every copy of this extension's content script shares in a frame and the page cannot see.
// Not through WXT's "content script started" event: that is a DOM event the page can forge, and
// it would tear us down.

const CURRENT_RUN = Symbol.for('sourcelight/current-page-run');

type World = { [CURRENT_RUN]?: () => void };

/** Stops the copy that ran before in `world`, if any, and leaves `stop` for the next copy to call. */
export function replacePreviousRun(world: object, stop: () => void): void {
  const shared = world as World;
  const previous = shared[CURRENT_RUN];
  shared[CURRENT_RUN] = stop;
  previous?.();
}
