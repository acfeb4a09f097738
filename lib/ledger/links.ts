import { outletKeys } from '../outlets/domain';
import type { OutletIndex } from '../outlets/profile';
import type { ArticleLink } from '../model';
import type { LinkedDomain, Mention } from './types';

/** The article's links grouped by site, with the outlet the tables file each under, most linked first. */
export function linkedDomains(links: readonly ArticleLink[], text: string, index: OutletIndex, mention: (start: number, end: number) => Mention): LinkedDomain[] {
  const domains = new Map<string, LinkedDomain>();
  for (const link of links) {
    const keys = outletKeys(link.href);
    if (!keys) continue;
    const domain = keys.registrable ?? keys.host;
    let entry = domains.get(domain);
    if (!entry) {
      const profile = keys.keys.map((k) => index.profile(k)).find((p) => p !== null) ?? null;
      entry = { domain, outlet: profile?.name ?? null, count: 0, hrefs: [], mention: null };
      domains.set(domain, entry);
    }
    entry.count += 1;
    if (!entry.hrefs.includes(link.href)) entry.hrefs.push(link.href);
    const at = link.text.length > 1 ? text.indexOf(link.text) : -1;
    if (!entry.mention && at >= 0) entry.mention = mention(at, at + link.text.length);
  }
  return [...domains.values()].sort((a, b) => b.count - a.count);
}
