// Which address is "this article": the URL without its fragment, since a jump to a heading or a
// footnote (#…) stays on the same article while history.pushState to another path does not.

export function articleAddress(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** Whether going from `before` to `after` is going to another article. */
export function isAnotherArticle(before: string, after: string): boolean {
  return articleAddress(before) !== articleAddress(after);
}
