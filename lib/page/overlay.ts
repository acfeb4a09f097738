// The one element Sourcelight adds to a page: <sourcelight-root>, a shadow host for the hover
// card and the selection's note button, on documentElement so the article's own DOM (and its
// text, which anchoring reads) is untouched.

export const OVERLAY_TAG = 'sourcelight-root';

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

// Inline, so no page rule can move or hide the host. No pointer events, here or on the card:
// the card must never stand between the pointer and the text being hit-tested.
const HOST_STYLE = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none;';

/** The overlay, built but not on the page until the first attach(). */
export function createOverlay(doc: Document, css: string): Overlay {
  const host = doc.createElement(OVERLAY_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mountPoint = doc.createElement('div');
  shadow.append(style, mountPoint);
  return {
    mountPoint,
    attach() {
      if (!host.isConnected) doc.documentElement.append(host);
      return mountPoint;
    },
    remove: () => host.remove(),
    addLayer(css) {
      const layerStyle = doc.createElement('style');
      layerStyle.textContent = css;
      const layer = doc.createElement('div');
      shadow.append(layerStyle, layer);
      return layer;
    },
  };
}
