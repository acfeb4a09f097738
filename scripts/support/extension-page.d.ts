// Functions passed to page.evaluate() on extension pages run where `chrome` is the extension API;
// the WebExtension types describe it.
declare const chrome: typeof import('wxt/browser').browser;
