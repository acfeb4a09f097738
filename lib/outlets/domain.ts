import { parse } from 'tldts';

// The keys an outlet is filed under: the host without `www.` first (abcnews.go.com is ABC News,
// not Disney's go.com), then its registrable domain (news.bbc.co.uk → bbc.co.uk), computed with
// the Public Suffix List's private section too (foo.blogspot.com stays itself), as the tables were.

export interface OutletKeys {
  host: string;
  /** The host, then the registrable domain when it differs. */
  keys: string[];
  registrable: string | null;
}

export function outletKeys(url: string | null | undefined): OutletKeys | null {
  if (!url) return null;
  const parsed = parse(url, { allowPrivateDomains: true });
  if (!parsed.hostname || parsed.isIp) return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const registrable = parsed.domain?.toLowerCase() ?? null;
  return { host, registrable, keys: registrable && registrable !== host ? [host, registrable] : [host] };
}
