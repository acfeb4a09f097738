// The address an article's notes are filed under. One article reached through a newsletter link,
// a share button and the site's own front page must find the same notes: the fragment and the
// tracking parameters go, and a canonical URL the page names wins over the address bar.

// Parameters that say how the reader arrived, never which page they are on.
const TRACKING_PARAMETER =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_enc_id|oly_anon_id|vero_id|wickedid|ref_src|ref_url|cmpid|ocid|smid|smtyp|at_medium|at_campaign|at_custom\d|sr_share|share)$/i;

/** `raw` without fragment, tracking parameters and default port; null unless it is an http(s) URL. */
export function normaliseUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(name)) url.searchParams.delete(name);
  }
  // URLSearchParams re-encodes the query; leave an untouched query as the site wrote it.
  if (url.searchParams.size === 0) url.search = '';
  return url.href;
}

/**
 * The key an article is filed under: its canonical URL, unless that is missing, not http(s), or
 * the site's home page while the page itself is not (a common template mistake that would file
 * every article of a site together); otherwise its own URL. Null for a page that is not http(s).
 */
export function articleKey(url: string, canonicalUrl: string | null | undefined): string | null {
  const own = normaliseUrl(url);
  const canonical = canonicalUrl ? normaliseUrl(canonicalUrl) : null;
  if (!canonical) return own;
  if (own && isHomePage(canonical) && !isHomePage(own)) return own;
  return canonical;
}

function isHomePage(href: string): boolean {
  const url = new URL(href);
  return (url.pathname === '/' || url.pathname === '') && url.search === '';
}
