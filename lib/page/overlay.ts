import { markOwnUi } from '../dom/own-ui';

// The one element Sourcelight adds to a page: a shadow host for the hover card and the
// selection's note button, on documentElement so the article's own DOM (and its text, which
// anchoring reads) is untouched. The page must not claim or reach it:
// - a built-in element (a <div>), never a custom element name, which a page could define before
//   us and so run its own constructor on our host;
// - its shadow root closed, and created from the content script's world, so the page's
//   `host.shadowRoot` is null and its patches of `attachShadow` never see it: the card and the
//   note being typed stay ours;
// - styled inline with !important, so no page rule can move or hide it.
// Anchoring and the selection tracker know the host by identity (lib/dom/own-ui.ts), not by name.

export interface Overlay {
  /** Where UI renders, inside the shadow root. */
  mountPoint: HTMLElement;
  /**
   * Puts the host on the page if it is not there (yet, or any more: some pages remove elements
   * they do not know) and returns the mount point.
   */
  attach(): HTMLElement;
  remove(): void;
  /** Another mount point in the same shadow root, with its own style (the selection's note button). */
  addLayer(css: string): HTMLElement;
}

// No pointer events on the host: only what it shows takes the pointer (the card, whose tracker
// keeps it while the pointer is on it, and the note button), never the empty box around it.
const HOST_STYLE = ['all: initial', 'display: block', 'position: fixed', 'top: 0', 'left: 0', 'width: 0', 'height: 0', 'z-index: 2147483647', 'pointer-events: none']
  .map((declaration) => `${declaration} !important`)
  .join('; ');

const XHTML = 'http://www.w3.org/1999/xhtml';

/** The overlay, built but not on the page until the first attach(). */
export function createOverlay(doc: Document, css: string): Overlay {
  // HTML elements by namespace: in an SVG or XML document createElement makes elements of no
  // namespace, which cannot host a shadow root.
  const html = <K extends keyof HTMLElementTagNameMap>(name: K): HTMLElementTagNameMap[K] => doc.createElementNS(XHTML, name) as HTMLElementTagNameMap[K];
  const host = html('div');
  host.setAttribute('style', HOST_STYLE);
  markOwnUi(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = html('style');
  style.textContent = css;
  const mountPoint = html('div');
  shadow.append(style, mountPoint);
  return {
    mountPoint,
    attach() {
      if (!host.isConnected) doc.documentElement.append(host);
      return mountPoint;
    },
    remove: () => host.remove(),
    addLayer(css) {
      const layerStyle = html('style');
      layerStyle.textContent = css;
      const layer = html('div');
      shadow.append(layerStyle, layer);
      return layer;
    },
  };
}
