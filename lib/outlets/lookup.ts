import { outletKeys } from './domain';
import type { OutletIndex, OutletProfile } from './profile';

// Which outlet a page belongs to. The page's own canonical address comes first (a syndicated or
// mirrored copy names its publisher there), then the address the tab shows; when the two name
// different sites the card says where the page was actually served from.

export interface PageAddress {
  /** The page's canonical URL or og:url (ArticleMeta.canonicalUrl). */
  canonicalUrl: string | null;
  /** The URL in the tab. */
  pageUrl: string | null;
}

export interface OutletLookup {
  /** The host the outlet is named by (without `www.`), or null when the page has no web address. */
  host: string | null;
  /** What the tables say, or null: "No open data about this outlet". */
  profile: OutletProfile | null;
  /** The tab's host when the page's canonical address is on another site. */
  servedFrom: string | null;
}

const hostOf = (url: string | null): string | null => {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return /^https?:$/.test(protocol) ? hostname.toLowerCase().replace(/^www\./, '') : null;
  } catch {
    return null;
  }
};

function siteOf(url: string | null): string | null {
  const keys = outletKeys(url);
  return keys ? (keys.registrable ?? keys.host) : hostOf(url);
}

export function lookupOutlet(address: PageAddress, index: OutletIndex): OutletLookup {
  const canonical = hostOf(address.canonicalUrl) ? address.canonicalUrl : null;
  const page = hostOf(address.pageUrl) ? address.pageUrl : null;
  const servedFrom = canonical && page && siteOf(canonical) !== siteOf(page) ? hostOf(page) : null;
  for (const url of [canonical, page]) {
    for (const key of outletKeys(url)?.keys ?? []) {
      const profile = index.profile(key);
      if (profile) return { host: hostOf(url), profile, servedFrom };
    }
  }
  return { host: hostOf(canonical ?? page), profile: null, servedFrom };
}
