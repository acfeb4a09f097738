/**
 * The document's adopted style sheets, as an array this script can edit. In a Firefox content
 * script `doc` is an Xray view of the page's document that shows the array with no length and no
 * methods ("includes is not a function"); its wrappedJSObject (Firefox only) is the page's own
 * document, whose array works. Elsewhere `doc` is used as it is.
 */
export function adoptedSheets(doc: Document): CSSStyleSheet[] {
  return ((doc as Document & { wrappedJSObject?: Document }).wrappedJSObject ?? doc).adoptedStyleSheets;
}
